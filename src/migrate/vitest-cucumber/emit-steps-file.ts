// Writes the brine step file for one spec: its imports (re-pointed from the output folder), its
// own helpers, the definitions it contributes first, its hooks, and what was not converted as
// comments under a TODO.
import { parseSource } from '../cucumber-js/parse-source.js'
import { relocateImports } from '../cucumber-js/relocate-imports.js'
import type { Keyword, SpecHook, SpecModel } from './spec-model.js'

export type StepsFileItem =
  | { kind: 'step'; keyword: Keyword; expression: string; fn: string; todos: string[] }
  | { kind: 'conflict'; keyword: Keyword; expression: string; fn: string; todo: string }
  | { kind: 'hook'; hookKind: SpecHook['kind']; text: string }
  | { kind: 'unconverted'; text: string; todo: string }

const quote = (s: string) =>
  s.includes("'") && !s.includes('"')
    ? `"${s.replace(/\\/g, '\\\\')}"`
    : `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
const comment = (todo: string, text: string) => `// TODO(brine): ${todo}\n// ${text.split('\n').join('\n// ')}`

export function emitStepsFile(model: SpecModel, out: string, items: StepsFileItem[], specPath: string): string {
  const names = new Set<string>()
  for (const item of items) {
    if (item.kind === 'step') names.add(item.keyword)
    if (item.kind === 'hook') names.add(item.hookKind)
  }
  const order = ['Given', 'When', 'Then', 'Before', 'After', 'BeforeFeature', 'AfterFeature']
  const brine = order.filter((n) => names.has(n))
  for (const type of ['DataTable', 'DocString']) {
    if (items.some((i) => i.kind === 'step' && i.fn.includes(`: ${type})`))) brine.push(`type ${type}`)
  }
  const text = (nodes: readonly { getText(sf: typeof model.sourceFile): string }[], separator: string) =>
    nodes.map((n) => n.getText(model.sourceFile)).join(separator)
  const head = [`// Step definitions migrated from ${specPath}.`]
  if (brine.length) head.push(`import { ${brine.join(', ')} } from 'brine'`)
  const chunk = [text(model.imports, '\n'), text([...model.moduleVars, ...model.kept], '\n\n')]
    .filter(Boolean)
    .join('\n\n')
  if (chunk) head.push(relocateImports(parseSource(out, chunk).sourceFile, model.path, out, new Set()))
  const body = items.map((item) => {
    switch (item.kind) {
      case 'step':
        return [
          ...item.todos.map((t) => `// TODO(brine): ${t}`),
          `${item.keyword}(${quote(item.expression)}, ${item.fn})`,
        ].join('\n')
      case 'conflict':
        return comment(item.todo, `${item.keyword}(${quote(item.expression)}, ${item.fn})`)
      case 'hook':
        return item.text
      case 'unconverted':
        return comment(item.todo, item.text)
    }
  })
  return `${head.join('\n')}\n\n${body.join('\n\n')}\n`
}
