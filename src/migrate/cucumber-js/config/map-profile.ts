// One cucumber-js profile as Vitest settings: brine() options and `test` options, each option
// with a line saying what it became, and every option that has no equivalent reported with its
// file and line, never dropped in silence.
import type { OptionEntry, Profile } from './profile.js'
import { literal, sourceText } from './source-text.js'
import { DEFAULT_FEATURES, derivedSupportGlobs, featureGlob, supportGlob } from './support-paths.js'
import { mapFormats } from './map-formats.js'

export interface ProfileSettings {
  /** brine's `features` globs. */
  features: string[]
  /** brine's `steps` globs: where cucumber-js found the support code. */
  steps: string[]
  /** brine() options: name and source text. */
  brine: [string, string][]
  /** Vitest `test` options: name and source text. */
  test: [string, string][]
  /** How each option was applied, `cucumber.json:4: tags → brine({ tags })`. */
  notes: string[]
  /** Options with no equivalent, `cucumber.json:9: …`. */
  todos: string[]
}

/** Modules cucumber-js loaded to compile TypeScript (or newer JavaScript): Vite does that itself. */
const COMPILERS =
  /^(ts-node(\/.*)?|tsx(\/.*)?|@babel\/register|esbuild-register(\/.*)?|@swc\/register|@swc-node\/register|source-map-support\/register)$/

export interface MapContext {
  /** The config file, relative to the project (`cucumber.json`), or undefined for cucumber-js's defaults. */
  file: string | undefined
  root: string
}

export async function mapProfile(profile: Profile | undefined, context: MapContext): Promise<ProfileSettings> {
  const out: ProfileSettings = { features: [], steps: [], brine: [], test: [], notes: [], todos: [] }
  const where = (entry: OptionEntry) => `${context.file}:${entry.line}`
  const option = (key: string) => profile?.options.find((o) => o.key === key)
  const list = (entry: OptionEntry | undefined): string[] | undefined =>
    entry && 'value' in entry
      ? Array.isArray(entry.value)
        ? entry.value.map(String)
        : [String(entry.value)]
      : undefined
  const todo = (entry: OptionEntry, reason: string) => out.todos.push(`${where(entry)}: ${entry.key}: ${reason}`)
  const note = (entry: OptionEntry, text: string) => out.notes.push(`${where(entry)}: ${entry.key} → ${text}`)
  const computed = (entry: OptionEntry) => 'expression' in entry && entry.expression !== undefined

  // Feature and support files.
  const paths = option('paths')
  let features = [DEFAULT_FEATURES]
  if (paths && computed(paths))
    todo(paths, `computed at run time (${paths.expression}); brine reads the default features`)
  else if (paths) {
    const entries = list(paths) ?? []
    for (const path of entries.filter((p) => /:\d+$/.test(p) || p.startsWith('@'))) {
      todo(paths, `${path}: brine runs whole files here; select lines with \`vitest run ${path}\``)
    }
    features = entries.filter((p) => !p.startsWith('@')).map((p) => featureGlob(context.root, p))
    note(paths, `brine({ features })`)
  }
  out.features = features
  out.brine.push(['features', literal(features)])
  const steps: string[] = []
  for (const kind of ['require', 'import'] as const) {
    const entry = option(kind)
    if (!entry) continue
    if (computed(entry)) todo(entry, `computed at run time (${entry.expression}); list the files in brine({ steps })`)
    else {
      steps.push(...(list(entry) ?? []).map((p) => supportGlob(context.root, p, kind)))
      note(entry, 'brine({ steps }): Vitest loads the support files where they are')
    }
  }
  if (!option('require') && !option('import')) steps.push(...(await derivedSupportGlobs(context.root, features)))
  out.steps = steps
  out.brine.push(['steps', literal(steps)])

  for (const entry of profile?.options ?? []) {
    const value = 'value' in entry ? entry.value : undefined
    const text = sourceText(computed(entry) ? { expression: entry.expression! } : { value })
    switch (entry.key) {
      case 'paths':
      case 'require':
      case 'import':
        break
      case 'requireModule':
      case 'loader': {
        const modules = list(entry) ?? []
        const setup = modules.filter((m) => !COMPILERS.test(m))
        for (const m of modules.filter((m) => COMPILERS.test(m)))
          note(entry, `${m}: not needed, Vite compiles the support code`)
        if (setup.length) {
          out.test.push(['setupFiles', literal(setup)])
          note(entry, `test.setupFiles: ${setup.join(', ')} load in each worker before the features`)
        }
        break
      }
      case 'tags':
      case 'retryTagFilter':
      case 'worldParameters':
      case 'language':
        out.brine.push([entry.key, text])
        note(entry, `brine({ ${entry.key} })`)
        break
      case 'name':
        out.brine.push(['names', computed(entry) ? text : literal(list(entry))])
        note(entry, 'brine({ names })')
        break
      case 'retry':
        out.brine.push(['retry', text])
        note(entry, 'brine({ retry }): failed scenarios run again, as in cucumber-js')
        break
      case 'strict':
        if (value === false || computed(entry)) out.brine.push(['strict', text])
        note(entry, value === false ? 'brine({ strict: false })' : 'brine is strict already')
        break
      case 'dryRun':
        if (value === true || computed(entry)) out.brine.push(['dryRun', text])
        note(entry, value === true ? 'brine({ dryRun: true })' : 'nothing to set')
        break
      case 'failFast':
        if (value === true) out.test.push(['bail', '1'])
        else if (computed(entry)) out.test.push(['bail', `${text} ? 1 : 0`])
        note(entry, value === false ? 'nothing to set' : 'test.bail: 1')
        break
      case 'parallel':
        if (typeof value === 'number' && value > 0) out.test.push(['maxWorkers', text])
        else if (computed(entry)) out.test.push(['maxWorkers', `${text} || undefined`])
        note(
          entry,
          typeof value === 'number' && value === 0
            ? "nothing to set (brine's workers run the features)"
            : 'test.maxWorkers',
        )
        break
      case 'order':
        mapOrder(entry, out, todo, note)
        break
      case 'format':
      case 'formatOptions':
        break
      case 'publish':
      case 'publishQuiet':
        note(entry, 'not applicable: brine publishes no reports online')
        break
      default:
        todo(entry, todoFor(entry.key))
    }
  }
  mapFormats(option('format'), option('formatOptions'), out, todo, note)
  for (const problem of profile?.problems ?? []) out.todos.push(`${context.file}:${problem.line}: ${problem.message}`)
  return out
}

function mapOrder(
  entry: OptionEntry,
  out: ProfileSettings,
  todo: (entry: OptionEntry, reason: string) => void,
  note: (entry: OptionEntry, text: string) => void,
): void {
  const order = 'value' in entry ? String(entry.value) : undefined
  const random = order && /^random(?::(.+))?$/.exec(order)
  if (order === 'defined') note(entry, 'nothing to set')
  else if (random) {
    const seed = random[1] !== undefined && /^\d+$/.test(random[1]) ? `, seed: ${random[1]}` : ''
    out.test.push(['sequence', `{ shuffle: true${seed} }`])
    note(entry, `test.sequence: { shuffle: true${seed} }`)
    if (random[1] !== undefined && !seed) todo(entry, `seed "${random[1]}" is not a number; Vitest's seed must be`)
  } else todo(entry, `order ${order ?? entry.expression} has no Vitest equivalent`)
}

function todoFor(key: string): string {
  const reasons: Record<string, string> = {
    backtrace: 'Vitest prints the stack it keeps; nothing to set',
    forceExit: 'Vitest ends its workers itself; nothing to set',
    shard: 'pass --shard=INDEX/TOTAL to vitest run instead',
    plugin: 'cucumber-js plugins do not run under Vitest',
    pluginOptions: 'cucumber-js plugins do not run under Vitest',
  }
  return reasons[key] ?? 'not a cucumber-js option brine knows'
}
