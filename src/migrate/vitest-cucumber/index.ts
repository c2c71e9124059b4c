// @amiceli/vitest-cucumber → brine: every describeFeature spec repeats its steps inline; this
// turns them into shared step definitions (one per step text and body), scoped where the same
// text had another body or a literal met a parameter elsewhere, keeps the variables the features
// shared at module level, adds per-feature hooks, and checks that every pickle step binds to the
// definition it ran under vitest-cucumber.
import { readFile } from 'node:fs/promises'
import { basename, dirname, join, relative, sep } from 'node:path'
import { glob } from 'tinyglobby'
import ts from 'typescript'
import { describeScope } from '../../runtime/step-scope.js'
import { checkEmitted } from '../check-emitted.js'
import type { MigrationResult, Migrator, ModuleReport, PlannedFile, SourceError } from '../migration.js'
import { assignScopes, scopeOf, type Intended } from './assign-scopes.js'
import { bindSteps } from './bind-steps.js'
import { convertHook } from './convert-hook.js'
import { convertStep } from './convert-step.js'
import { collectDefinitions } from './definitions.js'
import { emitParameterTypes } from './emit-parameter-types.js'
import { emitStepsFile, type StepsFileItem } from './emit-steps-file.js'
import { customTypes } from './expression-types.js'
import type { FeatureIndex } from './feature-index.js'
import { loadFeatures } from './load-features.js'
import { renameClashes } from './module-names.js'
import { readSpec, VITEST_CUCUMBER } from './read-spec.js'
import { scopeLiteral } from './scope-literal.js'
import type { SpecModel } from './spec-model.js'

interface SpecFile {
  model: SpecModel
  path: string
  out: string
  todos: string[]
  hooks: StepsFileItem[]
  unconverted: StepsFileItem[]
  /** The feature files its describeFeature blocks load. */
  uris: string[]
}

/** Converts vitest-cucumber spec files into shared brine step definitions. */
export const migrateVitestCucumber: Migrator = async (options) => {
  const rel = (file: string) => relative(options.source, file).split(sep).join('/')
  const uriOf = (file: string) =>
    relative(options.root ?? options.source, file)
      .split(sep)
      .join('/')
  const specs = await findSpecs(options.source, options.out)
  // One program over all specs: its checker tells which variable an identifier refers to.
  const program = ts.createProgram(specs, { noResolve: true, noLib: true, allowJs: true, types: [], noEmit: true })
  const checker = program.getTypeChecker()
  const errors: SourceError[] = []
  const modules: ModuleReport[] = []
  const files: PlannedFile[] = []
  const features = new Map<string, FeatureIndex>()
  const customUsed = new Set<string>()
  const notes: string[] = []
  const typed = specs.some((spec) => /\.[cm]?tsx?$/.test(spec))
  const outPaths = outputPaths(specs, options.out, typed ? 'ts' : 'js')
  const specLanguages: string[] = []
  const specFiles: SpecFile[] = []
  const definitions = collectDefinitions()
  const intended: Intended = new Map()

  for (const spec of specs) {
    const sourceFile = program.getSourceFile(spec)!
    const syntax = program.getSyntacticDiagnostics(sourceFile)[0]
    if (syntax) {
      const line = sourceFile.getLineAndCharacterOfPosition(syntax.start ?? 0).line + 1
      errors.push({ file: rel(spec), line, message: ts.flattenDiagnosticMessageText(syntax.messageText, '\n') })
      continue
    }
    const model = readSpec(spec, sourceFile, checker, options.source)
    renameClashes(model, checker)
    for (const block of model.features) if (block.language) specLanguages.push(block.language)
    const file: SpecFile = {
      model,
      path: rel(spec),
      out: outPaths.get(spec)!,
      todos: [],
      hooks: [],
      unconverted: [],
      uris: [],
    }
    specFiles.push(file)
    const indexes = await loadFeatures(model, features, errors, rel, uriOf)
    for (const [blockIndex, block] of model.features.entries()) {
      const index = indexes[blockIndex]
      if (!index) {
        const todo = 'describeFeature not converted: its feature file could not be read'
        file.todos.push(`line ${block.line}: ${todo}`)
        file.unconverted.push({ kind: 'unconverted', text: block.node.getText(sourceFile), todo })
        continue
      }
      file.uris.push(index.uri)
      const bindings = bindSteps(block, index)
      for (const step of block.steps) {
        const uses = bindings.uses.get(step) ?? []
        const converted = convertStep(step, model, checker, uses)
        for (const type of converted.types) if (type in customTypes) customUsed.add(type)
        if (step.scenario.modifier) {
          file.todos.push(
            `line ${step.line}: ${step.scenario.kind}.${step.scenario.modifier}("${step.scenario.name}"): tag it @${step.scenario.modifier} in the .feature file`,
          )
        }
        const origin = `${file.path}:${step.line}`
        definitions.add(step, converted, { file, origin, uses, home: index.uri })
      }
      for (const [pickle, steps] of bindings.byPickle) intended.set(pickle, steps.map(definitions.of))
      for (const hook of block.hooks) {
        const converted = convertHook(hook, model, checker, index.uri)
        file.todos.push(...converted.todos.map((t) => `line ${hook.line}: ${t}`))
        file.hooks.push({ kind: 'hook', hookKind: hook.kind, text: converted.text })
      }
    }
    for (const { node, todo } of model.unconverted) {
      const line = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1
      file.todos.push(`line ${line}: ${todo} kept as a comment`)
      file.unconverted.push({ kind: 'unconverted', text: node.getText(sourceFile), todo })
    }
  }

  const problems = assignScopes(definitions.list, intended)
  for (const file of specFiles) {
    const own = definitions.list.filter((d) => d.file === file)
    const items: StepsFileItem[] = own.map((d) => {
      const scope = scopeOf(d, features)
      if (scope) d.report.scope = describeScope(scope.length === 1 ? scope[0]! : scope)
      return {
        kind: 'step',
        keyword: d.keyword,
        expression: d.expression,
        ...(scope ? { options: scopeLiteral(scope) } : {}),
        fn: d.fn,
        todos: d.report.todos,
      }
    })
    items.push(...file.hooks, ...file.unconverted)
    if (items.length) {
      const uris = [...new Set(file.uris)]
      files.push({ path: file.out, content: emitStepsFile(file.model, checker, file.out, items, file.path, uris) })
    }
    const translated =
      !items.some((i) => i.kind !== 'unconverted') && file.todos.length ? 'not' : file.todos.length ? 'partly' : 'fully'
    modules.push({ path: file.path, translated, todos: file.todos })
  }
  if (customUsed.size) {
    files.push({
      path: join(options.out, `parameter-types.${typed ? 'ts' : 'js'}`),
      content: emitParameterTypes([...customUsed]),
    })
  }
  errors.push(...checkEmitted(files, rel))
  for (const [uri, list] of problems) modules.push({ path: uri, translated: 'partly', todos: list })
  const languages = new Set(specLanguages)
  if (languages.size) {
    notes.push(
      `loadFeature was given a language (${[...languages].join(', ')}): add a "# language:" header to those features or set brine({ language })`,
    )
  }
  const outside = [...features.keys()].filter((uri) => !uri.startsWith('features/'))
  if (outside.length) {
    // One glob over the folder they share, as brine's own default is one over features/.
    const folder = [...features.keys()].map((uri) => dirname(uri)).reduce(commonDir)
    const glob = folder === '.' ? '**/*.feature' : `${folder}/**/*.feature`
    notes.push(`feature files outside features/: set brine({ features: ['${glob}'] }) in vitest.config.ts`)
  }
  const scoped = definitions.list.filter((d) => d.level !== 'none').length
  if (scoped) {
    notes.push(
      `${scoped} definition(s) are scoped to their features or scenarios: the same text has another body elsewhere, or another definition's expression matches their steps`,
    )
  }
  return {
    source: 'vitest-cucumber',
    files,
    definitions: definitions.list.map((d) => d.report),
    modules,
    errors,
    notes,
  } satisfies MigrationResult
}

/** The spec files: those that import vitest-cucumber and call describeFeature. */
async function findSpecs(source: string, out: string): Promise<string[]> {
  const candidates = await glob('**/*.{ts,mts,js,mjs}', {
    cwd: source,
    absolute: true,
    ignore: ['**/node_modules/**', '**/dist/**', '**/*.d.ts', `${relative(source, out) || '.'}/**`],
  })
  const specs: string[] = []
  for (const file of candidates.sort()) {
    const text = await readFile(file, 'utf8')
    if (text.includes(VITEST_CUCUMBER) && text.includes('describeFeature')) specs.push(file)
  }
  return specs
}

/**
 * Where each spec's step file goes: its path below the folder all specs share, under `out`, named
 * `<name>.steps.<ext>` (`cart.spec.ts`, `cart.test.ts` and `cart.steps.ts` all give `cart.steps.ts`).
 */
function outputPaths(specs: string[], out: string, ext: string): Map<string, string> {
  const common = specs.length ? specs.map(dirname).reduce(commonDir) : out
  const paths = new Map<string, string>()
  const used = new Set<string>()
  for (const spec of specs) {
    const name = basename(spec).replace(/(\.(spec|test|steps))?\.[cm]?[jt]sx?$/, '')
    const folder = join(out, relative(common, dirname(spec)))
    let path = join(folder, `${name}.steps.${ext}`)
    for (let n = 2; used.has(path); n++) path = join(folder, `${name}-${n}.steps.${ext}`)
    used.add(path)
    paths.set(spec, path)
  }
  return paths
}

function commonDir(a: string, b: string): string {
  while (relative(a, b).startsWith('..')) a = dirname(a)
  return a
}
