// `brine migrate behave`: reads a behave project statically (its Python is parsed, never run) and
// plans TypeScript step files for brine/behave, one per Python module, plus the report's data.
import { readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import type {
  DefinitionReport,
  MigrateOptions,
  MigrationResult,
  ModuleReport,
  PlannedFile,
  SourceError,
} from '../migration.js'
import { detectBehaveVersion } from './behave-version.js'
import { behaveNamesOf } from './decorator-kinds.js'
import type { ProjectModule } from './module-imports.js'
import { readBehaveSettings, type BehaveSettings } from './behave-settings.js'
import { brineConfigPlan } from './brine-config.js'
import { projectLayout, resolveModule, toPosix, type ProjectLayout } from './project-layout.js'
import { plannedConfig } from './vitest-config-file.js'
import { field, kids, parsePython, type ParsedPython } from './python-parser.js'
import { stringValue } from './python-string.js'
import type { MatcherName } from './step-registration.js'
import { staticExports, translateModule, type ModuleKind } from './translate-module.js'
import { indexProject } from './project-index.js'
import { ModuleScope, type Binding } from './translate/scope.js'

interface Done {
  exports: Map<string, Binding>
}

export async function migrateBehave(options: MigrateOptions): Promise<MigrationResult> {
  const detected = detectBehaveVersion(options.source, options.behaveVersion ? { given: options.behaveVersion } : {})
  const behaveSettings = readBehaveSettings(options.source)
  const layout = projectLayout(options.source, detected.version, stepsDir(behaveSettings, detected.version))
  const files: PlannedFile[] = []
  const definitions: DefinitionReport[] = []
  const modules: ModuleReport[] = []
  const errors: SourceError[] = []
  const parsed = new Map<string, ParsedPython | undefined>()
  const done = new Map<string, Done | 'busy'>()

  const parse = async (file: string) => {
    if (!parsed.has(file)) {
      const result = await parsePython(readFileSync(join(layout.root, file), 'utf8'))
      if (result.error)
        errors.push({ file, line: result.error.line, message: `Python syntax error: ${result.error.message}` })
      parsed.set(file, result.error ? undefined : result)
    }
    return parsed.get(file)
  }

  const defaultMatcher = layout.environment ? environmentMatcher(await parse(layout.environment)) : 'parse'
  const outPath = (file: string) => join(options.out, outName(layout, file))

  // Every project module reachable from the step files and environment.py, parsed before any is
  // translated, so the translation knows the whole project (keyword calls, patch targets).
  const entry = [...(layout.environment ? [layout.environment] : []), ...layout.stepFiles]
  const discover = async (file: string, seen: Set<string>) => {
    if (seen.has(file)) return
    seen.add(file)
    const tree = await parse(file)
    if (!tree) return
    for (const statement of kids(tree.root))
      for (const [module, level] of importedModules(statement)) {
        const target = resolveModule(layout, module, level, file)
        if (target && target !== file) await discover(target, seen)
      }
  }
  const seen = new Set<string>()
  for (const file of entry) await discover(file, seen)
  const resolveDotted = (dotted: string, from: string) => resolveModule(layout, dotted, 0, from)
  const trees = () =>
    new Map([...parsed].filter((e): e is [string, ParsedPython] => e[1] !== undefined).map(([f, t]) => [f, t.root]))
  let project = indexProject(trees(), resolveDotted)
  // Modules only patch() names are translated too: patching needs them loaded.
  for (const files of project.patchesIn.values()) for (const file of files) await discover(file, seen)
  project = indexProject(trees(), resolveDotted)

  const translate = async (file: string, kind: ModuleKind): Promise<Done | undefined> => {
    const seen = done.get(file)
    // A circular import: the module's names are known from its text; ES modules link the cycle.
    if (seen === 'busy') {
      const tree = await parse(file)
      return tree ? { exports: staticExports(tree.root) } : undefined
    }
    if (seen) return seen
    done.set(file, 'busy')
    const tree = await parse(file)
    if (!tree) {
      done.delete(file)
      return undefined
    }
    const deps = new Map<string, ProjectModule>()
    for (const statement of kids(tree.root)) {
      for (const [module, level] of importedModules(statement)) {
        const target = resolveModule(layout, module, level, file)
        if (!target || target === file) continue
        const result = await translate(target, layout.stepFiles.includes(target) ? 'steps' : 'helper')
        deps.set(`${level}:${module}`, {
          path: target,
          specifier: specifier(outPath(file), outPath(target)),
          exports: result?.exports ?? new Map(),
        })
      }
    }
    const patchedModules: string[] = []
    for (const target of project.patchesIn.get(file) ?? []) {
      if (target === file) continue
      await translate(target, layout.stepFiles.includes(target) ? 'steps' : 'helper')
      patchedModules.push(specifier(outPath(file), outPath(target)))
    }
    const output = translateModule({
      root: tree.root,
      file,
      kind,
      imports: { file, resolve: (module, level) => deps.get(`${level}:${module}`) },
      builtinsSpecifier: 'brine/python',
      defaultMatcher,
      toCucumber: options.toCucumber ?? false,
      behaveVersion: detected.version,
      project,
      patchedModules,
    })
    files.push({ path: outPath(file), content: output.content })
    modules.push(output.report)
    if (kind === 'steps') definitions.push(...output.definitions)
    const result = { exports: output.exports }
    done.set(file, result)
    return result
  }

  for (const [i, file] of entry.entries()) {
    if (entry.length >= 20 && i % 10 === 0) options.progress?.(`behave: ${i}/${entry.length} Python files`)
    await translate(file, file === layout.environment ? 'environment' : 'steps')
  }
  // Modules reached only through patch() targets.
  for (const file of seen) if (!done.has(file)) await translate(file, 'helper')
  const at = {
    source: options.source,
    root: options.root,
    out: options.out,
    base: layout.base,
    version: detected.version,
  }
  const config = plannedConfig(options.root, brineConfigPlan(behaveSettings, at), behaveSettings.files)
  if (config.file) files.push(config.file)
  // Step modules first, in behave's load order, so the report lists definitions as behave registers them.
  definitions.sort(
    (a, b) => orderOf(layout, a.origin) - orderOf(layout, b.origin) || lineOf(a.origin) - lineOf(b.origin),
  )
  return {
    source: 'behave',
    behave: detected,
    files,
    definitions,
    modules,
    errors,
    notes: [
      `behave ${detected.version} matching rules: ${detected.reason}.`,
      `${layout.stepFiles.length} step file(s) under ${toPosix(relative(layout.root, join(layout.base, 'steps'))) || 'steps'}` +
        (layout.environment ? `, and ${layout.environment}` : '') +
        '.',
      ...(defaultMatcher !== 'parse' ? [`environment.py makes "${defaultMatcher}" the default step matcher.`] : []),
      ...config.notes,
    ],
  }
}

const orderOf = (layout: ProjectLayout, origin: string) =>
  layout.stepFiles.indexOf(origin.slice(0, origin.lastIndexOf(':')))
const lineOf = (origin: string) => Number(origin.slice(origin.lastIndexOf(':') + 1))

/** Where a Python module's translation goes, relative to the output folder. */
function outName(layout: ProjectLayout, file: string): string {
  const abs = join(layout.root, file)
  const steps = join(layout.base, 'steps')
  const from = abs.startsWith(steps + '/') ? steps : abs.startsWith(layout.base + '/') ? layout.base : layout.root
  return relative(from, abs)
    .replace(/\.py$/, '.ts')
    .replace(/__init__\.ts$/, 'index.ts')
}

function specifier(fromFile: string, toFile: string): string {
  const path = toPosix(relative(dirname(fromFile), toFile)).replace(/\.ts$/, '.js')
  return path.startsWith('.') ? path : `./${path}`
}

/** [module, level] of each import in a top-level statement (and in functions: imports move to the top). */
function importedModules(statement: PyNode): [string, number][] {
  if (statement.type !== 'import_statement' && statement.type !== 'import_from_statement') {
    const nested = [
      ...statement.descendantsOfType('import_statement'),
      ...statement.descendantsOfType('import_from_statement'),
    ]
    return nested.filter((n): n is PyNode => n !== null).flatMap(importedModules)
  }
  if (statement.type === 'import_statement') {
    return kids(statement).map((item) => [(item.type === 'aliased_import' ? field(item, 'name')! : item).text, 0])
  }
  if (statement.type !== 'import_from_statement') return []
  const moduleNode = field(statement, 'module_name')!
  if (moduleNode.type !== 'relative_import') return [[moduleNode.text, 0]]
  const [dots, name] = kids(moduleNode)
  return [[name?.text ?? '', dots?.text.length ?? 0]]
}

type PyNode = ParsedPython['root']

/** A `use_step_matcher(...)` at the top level of environment.py sets the matcher step files start with. */
function environmentMatcher(tree: ParsedPython | undefined): MatcherName {
  let matcher: MatcherName = 'parse'
  if (!tree) return matcher
  const scope = new ModuleScope()
  for (const s of kids(tree.root)) {
    if (s.type === 'import_from_statement' && field(s, 'module_name')!.text.startsWith('behave')) {
      for (const n of s.childrenForFieldName('name')) {
        if (n)
          scope.names.set((n.type === 'aliased_import' ? field(n, 'alias')! : n).text, {
            kind: 'external',
            module: `behave.${(n.type === 'aliased_import' ? field(n, 'name')! : n).text}`,
          })
      }
    }
    const call = s.type === 'expression_statement' ? kids(s)[0] : undefined
    if (call?.type !== 'call') continue
    const ref = behaveNamesOf(field(call, 'function')!, scope, true)
    const name = stringValue(kids(field(call, 'arguments')!)[0] ?? call)
    if (
      (ref?.qualified === 'behave.use_step_matcher' || ref?.qualified === 'behave.step_matcher') &&
      ['parse', 'cfparse', 're', 're0'].includes(name ?? '')
    ) {
      matcher = name as MatcherName
    }
  }
  return matcher
}

/** behave 1.3 reads steps_dir from its configuration; 1.2.6 always uses steps/. */
function stepsDir(settings: BehaveSettings, version: '1.2' | '1.3'): string | undefined {
  const value = settings.settings.get('steps_dir')?.value
  return version === '1.3' && typeof value === 'string' && value ? value : undefined
}
