// cucumber-js → brine: finds the support files that use @cucumber/cucumber, converts each with a
// codemod, and plans them (and the helper modules they import) under the output folder with the
// same layout.
import { readFile } from 'node:fs/promises'
import { dirname, join, relative, sep } from 'node:path'
import { glob } from 'tinyglobby'
import type { DefinitionReport, MigrationResult, Migrator, ModuleReport, SourceError } from '../migration.js'
import { convertFile } from './convert-file.js'
import { cucumberConfigNotes } from './cucumber-config.js'
import { CUCUMBER } from './convert-imports.js'
import { parseSource } from './parse-source.js'
import { relativeSpecifiers, relocateImports, resolveRelative } from './relocate-imports.js'

interface SourceModule {
  path: string
  /** Text after conversion (or as read, for helper modules). */
  text: string
  support: boolean
}

/** Converts a cucumber-js project's step definitions, hooks and World to brine. */
export const migrateCucumberJs: Migrator = async (options) => {
  const files = await glob('**/*.{js,mjs,cjs,ts,mts,cts}', {
    cwd: options.source,
    absolute: true,
    ignore: ['**/node_modules/**', '**/dist/**', '**/*.d.ts', `${relative(options.source, options.out) || '.'}/**`],
  })
  files.sort()
  const errors: SourceError[] = []
  const definitions: DefinitionReport[] = []
  const modules: ModuleReport[] = []
  const notes = new Set<string>()
  const converted = new Map<string, SourceModule>()
  const rel = (file: string) => relative(options.source, file).split(sep).join('/')

  for (const [i, file] of files.entries()) {
    if (i > 0 && i % 100 === 0) options.progress?.(`cucumber-js: ${i}/${files.length} files read`)
    const text = await readFile(file, 'utf8')
    if (!text.includes(CUCUMBER)) continue
    const parsed = parseSource(file, text)
    if (parsed.error) {
      errors.push({ file: rel(file), line: parsed.error.line, message: parsed.error.message })
      continue
    }
    const result = convertFile(parsed.sourceFile, rel(file))
    converted.set(file, { path: file, text: result.text, support: true })
    definitions.push(...result.definitions)
    const todos = [...result.todos, ...result.definitions.flatMap((d) => d.todos.map((t) => `${d.origin}: ${t}`))]
    modules.push({ path: rel(file), translated: todos.length ? 'partly' : 'fully', todos })
    for (const note of result.notes) notes.add(note)
  }

  const root = commonDir([...converted.keys()], options.source)
  await addHelpers(converted, root)
  const moved = new Set(converted.keys())
  const planned = [...converted.values()].map((module) => {
    const to = join(options.out, relative(root, module.path))
    const parsed = parseSource(to, module.text)
    return { path: to, content: relocateImports(parsed.sourceFile, module.path, to, moved) }
  })
  for (const module of converted.values()) {
    if (!module.support) modules.push({ path: rel(module.path), translated: 'fully', todos: [] })
  }
  if (planned.some((f) => f.path.endsWith('.cjs'))) {
    notes.add('brine loads ES modules: .cjs step files are not in its default steps glob; convert them to ESM')
  }
  notes.add('BeforeAll/AfterAll run once per Vitest worker in brine, not once per run')
  const configNotes = await cucumberConfigNotes(options.source)
  for (const note of configNotes) notes.add(note)
  if (!configNotes.length)
    notes.add('cucumber-js worldParameters go to the plugin option: brine({ worldParameters: { … } })')
  return {
    source: 'cucumber-js',
    files: planned,
    definitions,
    modules,
    errors,
    notes: [...notes],
  } satisfies MigrationResult
}

/** Adds the relative imports of converted files that live under `root`, copied unchanged. */
async function addHelpers(modules: Map<string, SourceModule>, root: string): Promise<void> {
  const queue = [...modules.values()]
  for (let module = queue.shift(); module; module = queue.shift()) {
    const { sourceFile } = parseSource(module.path, module.text)
    for (const spec of relativeSpecifiers(sourceFile)) {
      const target = resolveRelative(module.path, spec.text)
      if (!target || modules.has(target) || !target.startsWith(root + sep) || !/\.[cm]?[jt]s$/.test(target)) continue
      const helper = { path: target, text: await readFile(target, 'utf8'), support: false }
      modules.set(target, helper)
      queue.push(helper)
    }
  }
}

function commonDir(files: string[], fallback: string): string {
  if (files.length === 0) return fallback
  let dir = dirname(files[0]!)
  while (!files.every((f) => f.startsWith(dir + sep))) dir = dirname(dir)
  return dir
}
