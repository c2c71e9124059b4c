// @amiceli/vitest-cucumber → brine: every describeFeature spec repeats its steps inline; this
// turns them into shared step definitions (one per step text), a World for the variables steps
// shared, and per-feature hooks, then checks every feature step binds to exactly one definition.
import { readFile } from 'node:fs/promises'
import { basename, relative, sep } from 'node:path'
import { glob } from 'tinyglobby'
import ts from 'typescript'
import type {
  DefinitionReport,
  MigrationResult,
  Migrator,
  ModuleReport,
  PlannedFile,
  SourceError,
} from '../migration.js'
import { checkBindings } from './check-bindings.js'
import { collectAssigned, convertHook } from './convert-hook.js'
import { keepModuleLevel } from './module-variables.js'
import { convertStep } from './convert-step.js'
import { emitStepsFile, type StepsFileItem } from './emit-steps-file.js'
import { emitWorld, isTyped, type WorldField } from './emit-world.js'
import { emitParameterTypes } from './emit-parameter-types.js'
import { collectFields, relocate } from './world-fields.js'
import { customTypes } from './expression-types.js'
import { loadFeatures } from './load-features.js'
import { scenarioKey, type FeatureIndex, type ScenarioIndex } from './feature-index.js'
import { readSpec, VITEST_CUCUMBER } from './read-spec.js'
import type { SpecStep } from './spec-model.js'

interface Definition {
  report: DefinitionReport
  signature: string
  /** Signatures of the other bodies found for the same text, each reported once. */
  conflicts: Set<string>
}

/** Converts vitest-cucumber spec files into shared brine step definitions. */
export const migrateVitestCucumber: Migrator = async (options) => {
  const rel = (file: string) => relative(options.source, file).split(sep).join('/')
  const candidates = await glob('**/*.{ts,mts,js,mjs}', {
    cwd: options.source,
    absolute: true,
    ignore: ['**/node_modules/**', '**/dist/**', '**/*.d.ts', `${relative(options.source, options.out) || '.'}/**`],
  })
  const specs: string[] = []
  const texts = new Map<string, string>()
  for (const file of candidates.sort()) {
    const text = await readFile(file, 'utf8')
    if (text.includes(VITEST_CUCUMBER) && text.includes('describeFeature')) specs.push(file)
    texts.set(file, text)
  }
  // One program over all specs: its checker tells which variable an identifier refers to.
  const program = ts.createProgram(specs, { noResolve: true, noLib: true, allowJs: true, types: [], noEmit: true })
  const checker = program.getTypeChecker()
  const errors: SourceError[] = []
  const modules: ModuleReport[] = []
  const definitions = new Map<string, Definition>()
  const reports: DefinitionReport[] = []
  const files: PlannedFile[] = []
  const fields = new Map<string, WorldField>()
  const worldImports = new Map<string, string>()
  const features = new Map<string, FeatureIndex>()
  const assignedInHooks = new Set<string>()
  const customUsed = new Set<string>()
  const notes: string[] = []
  const typed = specs.some(isTyped)
  const ext = typed ? 'ts' : 'js'
  const usedNames = new Set<string>()
  const specsLanguages: string[] = []

  for (const spec of specs) {
    const sourceFile = program.getSourceFile(spec)!
    const syntax = program.getSyntacticDiagnostics(sourceFile)[0]
    if (syntax) {
      const line = sourceFile.getLineAndCharacterOfPosition(syntax.start ?? 0).line + 1
      errors.push({ file: rel(spec), line, message: ts.flattenDiagnosticMessageText(syntax.messageText, '\n') })
      continue
    }
    const model = readSpec(spec, sourceFile, checker, options.source)
    for (const block of model.features) if (block.language) specsLanguages.push(block.language)
    for (const name of keepModuleLevel(model, checker)) {
      notes.push(
        `${rel(spec)}: variable ${name} stays a module variable (a feature hook uses it): it is shared by every scenario the worker runs`,
      )
    }
    for (const block of model.features) {
      for (const step of block.steps) {
        if (step.scenario.kind === 'background') collectAssigned(step.fn, model, checker, assignedInHooks)
      }
    }
    let name = basename(spec).replace(/\.(spec|test)?\.?[cm]?[jt]s$/, '')
    while (usedNames.has(name)) name = `${name}-2`
    usedNames.add(name)
    const out = `${options.out}/${name}.steps.${ext}`
    const items: StepsFileItem[] = []
    const todos: string[] = []
    const indexes = await loadFeatures(model, features, errors, rel)

    for (const [blockIndex, block] of model.features.entries()) {
      const index = indexes[blockIndex]
      if (!index) {
        const todo = 'describeFeature not converted: its feature file could not be read'
        todos.push(`line ${block.line}: ${todo}`)
        items.push({ kind: 'unconverted', text: block.node.getText(sourceFile), todo })
        continue
      }
      for (const step of block.steps) {
        const scenario = scenarioOf(step, index)
        const converted = convertStep(step, model, checker, scenario)
        for (const type of converted.types) if (type in customTypes) customUsed.add(type)
        const origin = `${rel(spec)}:${step.line}`
        if (step.scenario.modifier) {
          todos.push(
            `line ${step.line}: ${step.scenario.kind}.${step.scenario.modifier}("${step.scenario.name}"): tag it @${step.scenario.modifier} in the .feature file`,
          )
        }
        collectFields(converted.properties, model, checker, fields, worldImports, typed, origin, todos)
        const existing = definitions.get(converted.expression)
        if (existing?.signature === converted.signature || existing?.conflicts.has(converted.signature)) continue
        const report: DefinitionReport = {
          origin,
          pattern: converted.expression,
          matcher: 'cucumber-expression',
          translated: converted.todos.length ? 'partly' : 'fully',
          todos: converted.todos,
        }
        if (existing) {
          existing.conflicts.add(converted.signature)
          report.translated = 'not'
          report.todos = [`conflicts with the definition from ${existing.report.origin}: kept as a comment, not merged`]
          existing.report.todos.push(`${origin} has a different body for the same text: review both`)
          if (existing.report.translated === 'fully') existing.report.translated = 'partly'
          items.push({
            kind: 'conflict',
            keyword: converted.keyword,
            expression: converted.expression,
            fn: converted.fn,
            todo: report.todos[0]!,
          })
        } else {
          definitions.set(converted.expression, { report, signature: converted.signature, conflicts: new Set() })
          items.push({
            kind: 'step',
            keyword: converted.keyword,
            expression: converted.expression,
            fn: converted.fn,
            todos: converted.todos,
          })
        }
        reports.push(report)
      }
      for (const hook of block.hooks) {
        const converted = convertHook(hook, model, checker, index.uri)
        converted.assigned.forEach((a) => assignedInHooks.add(a))
        collectFields(
          converted.properties,
          model,
          checker,
          fields,
          worldImports,
          typed,
          `${rel(spec)}:${hook.line}`,
          todos,
        )
        todos.push(...converted.todos.map((t) => `line ${hook.line}: ${t}`))
        items.push({ kind: 'hook', hookKind: hook.kind, text: converted.text })
      }
    }
    for (const { node, todo } of model.unconverted) {
      const line = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1
      todos.push(`line ${line}: ${todo} kept as a comment`)
      items.push({ kind: 'unconverted', text: node.getText(sourceFile), todo })
    }
    for (const variable of model.worldVars.values()) {
      if (variable.level !== 'scenario' && !assignedInHooks.has(variable.name)) {
        todos.push(
          `variable ${variable.name} is now a World property: it starts fresh in every scenario, where vitest-cucumber shared it between the scenarios of a feature`,
        )
      }
    }
    if (items.length) files.push({ path: out, content: emitStepsFile(model, out, items, rel(spec)) })
    const converted = items.some((i) => i.kind === 'step' || i.kind === 'hook' || i.kind === 'conflict')
    const translated = !converted && todos.length ? 'not' : todos.length ? 'partly' : 'fully'
    modules.push({ path: rel(spec), translated, todos })
  }

  if (fields.size) {
    files.push({
      path: `${options.out}/world.${ext}`,
      content: emitWorld([...fields.values()], relocate(worldImports, `${options.out}/world.${ext}`), typed),
    })
  }
  if (customUsed.size) {
    files.push({ path: `${options.out}/parameter-types.${ext}`, content: emitParameterTypes([...customUsed]) })
  }
  const problems = checkBindings([...features.values()], [...definitions.keys()])
  for (const [uri, list] of problems) modules.push({ path: uri, translated: 'partly', todos: list })
  const languages = new Set(specsLanguages)
  if (languages.size) {
    notes.push(
      `loadFeature was given a language (${[...languages].join(', ')}): add a "# language:" header to those features or set brine({ language })`,
    )
  }
  const outside = [...features.keys()].filter((uri) => !uri.startsWith('features/'))
  if (outside.length) {
    notes.push(
      `feature files outside features/: list them in brine({ features: [${outside.map((u) => `'${u}'`).join(', ')}] })`,
    )
  }
  return { source: 'vitest-cucumber', files, definitions: reports, modules, errors, notes } satisfies MigrationResult
}

function scenarioOf(step: SpecStep, index: FeatureIndex): ScenarioIndex | undefined {
  const { rule, name, kind } = step.scenario
  if (kind !== 'shared') return index.scenarios.get(scenarioKey(rule, name))
  // Steps from defineSteps serve any scenario: take the argument kind from one that has the step.
  return [...index.scenarios.values()].find((s) => s.arguments.has(step.text))
}
