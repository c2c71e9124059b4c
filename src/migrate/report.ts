// The migration report: every definition with its origin, pattern, matcher, how much of it was
// translated and its TODOs; every module the same; totals; and the notes (e.g. the behave version
// and why). Written as Markdown for people and JSON for tools.
import type { MigrationResult, Translation } from './migration.js'

export interface ReportTotals {
  definitions: number
  fully: number
  partly: number
  not: number
  todos: number
  modules: number
  errors: number
}

export function totals(result: MigrationResult): ReportTotals {
  const count = (t: Translation) => result.definitions.filter((d) => d.translated === t).length
  const todos = new Set([...result.definitions.flatMap((d) => d.todos), ...result.modules.flatMap((m) => m.todos)])
  return {
    definitions: result.definitions.length,
    fully: count('fully'),
    partly: count('partly'),
    not: count('not'),
    todos: todos.size,
    modules: result.modules.length,
    errors: result.errors.length,
  }
}

/** Whether anything needs a person: untranslated code, TODOs or files that did not parse. */
export function hasTodos(result: MigrationResult): boolean {
  const t = totals(result)
  return t.todos > 0 || t.partly > 0 || t.not > 0 || result.modules.some((m) => m.translated !== 'fully')
}

export function reportJson(result: MigrationResult): string {
  const { files, ...rest } = result
  return `${JSON.stringify({ ...rest, files: files.map((f) => f.path), totals: totals(result) }, null, 2)}\n`
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
const code = (text: string) => (text.includes('`') ? `\`\` ${cell(text)} \`\`` : `\`${cell(text)}\``)

export function reportMarkdown(result: MigrationResult): string {
  const t = totals(result)
  const lines = [
    `# Migration report (${result.source})`,
    '',
    ...result.notes.map((n) => `- ${n}`),
    '',
    '## Totals',
    '',
    `- Definitions: ${t.definitions} (translated fully ${t.fully}, partly ${t.partly}, not ${t.not})`,
    `- Modules: ${t.modules}; TODOs: ${t.todos}; source files that did not parse: ${t.errors}`,
    '',
  ]
  if (result.errors.length) {
    lines.push(
      '## Source files that did not parse',
      '',
      ...result.errors.map((e) => `- ${e.file}:${e.line}: ${e.message}`),
      '',
    )
  }
  // A Scope column only when some definition has one (vitest-cucumber migrations).
  const scoped = result.definitions.some((d) => d.scope !== undefined)
  lines.push(
    '## Definitions',
    '',
    `| Origin | Pattern | Matcher | Translated | TODOs |${scoped ? ' Scope |' : ''}`,
    `| --- | --- | --- | --- | --- |${scoped ? ' --- |' : ''}`,
  )
  for (const d of result.definitions) {
    const scope = scoped ? ` ${cell(d.scope ?? '')} |` : ''
    lines.push(
      `| ${d.origin} | ${code(d.pattern)} | ${d.matcher} | ${d.translated} | ${cell(d.todos.join('; '))} |${scope}`,
    )
  }
  lines.push('', '## Modules', '', '| Module | Translated | TODOs |', '| --- | --- | --- |')
  for (const m of result.modules) lines.push(`| ${m.path} | ${m.translated} | ${m.todos.length} |`)
  const todoLines = result.modules.flatMap((m) => m.todos)
  if (todoLines.length) lines.push('', '## TODOs', '', ...todoLines.map((x) => `- [ ] ${x}`))
  return `${lines.join('\n')}\n`
}
