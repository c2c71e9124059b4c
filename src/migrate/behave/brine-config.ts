// What behave's configuration means for brine(): the behave dialect always, and the settings that
// select or read features (tags, default_tags, wip, paths, lang, userdata) as plugin options.
// Every other setting is named in the report with what takes its place, so none is lost silently.
import { relative, resolve } from 'node:path'
import type { BehaveSettings, BehaveSetting } from './behave-settings.js'
import { toPosix } from './project-layout.js'

export interface BrineConfigPlan {
  /** The options for brine(), as plain data. */
  options: Record<string, unknown>
  /** One line per setting: applied as what, or why not. */
  notes: string[]
}

/** What the other settings are in a brine project. */
const ELSEWHERE: [RegExp, string][] = [
  [
    /^(format|outfiles|default_format|junit|junit_directory)$/,
    "reports are Vitest reporters (brine/reporters/*, Vitest's junit)",
  ],
  [/^(stdout_capture|stderr_capture|log_capture|logging_\w+)$/, 'Vitest captures console output per test'],
  [/^(color|show_\w+|summary|quiet|verbose|expand|steps_catalog)$/, "output is Vitest's reporters'"],
  [/^(include_re|exclude_re)$/, 'select feature files with brine({ features })'],
  [/^name$/, 'select scenarios by name with vitest -t'],
  [/^stop$/, "stop at the first failure with Vitest's --bail=1"],
  [/^dry_run$/, 'a dry run is brine check'],
  [/^scenario_outline_annotation_schema$/, "brine's behave dialect names outline rows with behave's default schema"],
  [/^stage$/, 'the migration read the default steps/ and environment.py'],
]

export interface PlanContext {
  /** Where behave ran (its configuration files and relative paths are there). */
  source: string
  /** Where brine runs: vitest.config.ts and its globs are relative to it (unknown: no globs). */
  root?: string
  /** The folder the migrated step files go to. */
  out: string
  /** The folder holding behave's features and steps/ (features/ by default). */
  base: string
  version: '1.2' | '1.3'
}

export function brineConfigPlan(behave: BehaveSettings, at: PlanContext): BrineConfigPlan {
  const options: Record<string, unknown> = { dialect: 'behave' }
  const notes: string[] = []
  const { settings } = behave
  const from = (setting: BehaveSetting) => `${setting.file}: ${setting.name}`
  if (at.root) locate(options, notes, behave, { ...at, root: at.root })

  const tags = tagExpression(behave)
  if (tags) {
    options.tags = tags.expression
    notes.push(`${tags.from} → brine({ tags: ${JSON.stringify(tags.expression)} })`)
  }
  const lang = settings.get('lang')
  if (lang && typeof lang.value === 'string' && lang.value) {
    options.language = lang.value
    notes.push(`${from(lang)} → brine({ language: ${JSON.stringify(lang.value)} })`)
  }
  if (Object.keys(behave.userdata).length) {
    options.worldParameters = { userdata: behave.userdata }
    notes.push(`[behave.userdata] → brine({ worldParameters: { userdata } }), read as context.config.userdata`)
  }
  for (const setting of settings.values()) {
    if (['paths', 'tags', 'default_tags', 'wip', 'lang'].includes(setting.name)) continue
    if (setting.name === 'steps_dir') {
      notes.push(
        at.version === '1.2'
          ? `${from(setting)} is not read by behave 1.2.6 (it always uses steps/), so it is not applied either`
          : `${from(setting)}: the step files were read from ${setting.value as string}/`,
      )
      continue
    }
    const instead = ELSEWHERE.find(([pattern]) => pattern.test(setting.name))?.[1]
    notes.push(`${from(setting)} is not applied: ${instead ?? 'brine has no such setting'}`)
  }
  return { options, notes }
}

/** `features` and `steps` globs, relative to where brine runs, where they differ from the defaults. */
function locate(
  options: Record<string, unknown>,
  notes: string[],
  { settings }: BehaveSettings,
  at: PlanContext & { root: string },
): void {
  const rel = (path: string) => toPosix(relative(at.root, resolve(at.source, path))) || '.'
  const paths = settings.get('paths')
  const features = list(paths).filter(Boolean)
  const glob = (path: string) =>
    path.endsWith('.feature') ? rel(path) : `${rel(path)}/**/*.feature`.replace(/^\.\//, '')
  const wanted = features.length ? features.map(glob) : [glob(relative(at.source, at.base) || '.')]
  // Globs that leave the project are no Vitest include: the report says so instead.
  const outside = wanted.filter((path) => path.startsWith('../'))
  if (outside.length)
    notes.push(`feature files outside ${at.root} (${outside.join(', ')}): brine() runs only the project's own`)
  else if (wanted.length !== 1 || wanted[0] !== 'features/**/*.feature') options.features = wanted
  if (paths && features.length) notes.push(`${paths.file}: paths → brine({ features: ${JSON.stringify(wanted)} })`)
  const steps = `${rel(relative(at.source, at.out))}/**/*.{ts,js,mts,mjs}`
  if (steps.startsWith('../'))
    notes.push(`the step files go to ${at.out}, outside ${at.root}: brine() will not find them there`)
  else if (steps !== 'steps/**/*.{ts,js,mts,mjs}') options.steps = [steps]
}

function list(setting: BehaveSetting | undefined): string[] {
  if (!setting) return []
  return Array.isArray(setting.value) ? setting.value : [setting.value]
}

/**
 * behave 1.2.6's tag selection as a Cucumber tag expression: `tags` (each line one --tags), else
 * `default_tags` (each word one --tags), with `wip` putting @wip first. Within one, commas are
 * "or" and a leading '-' or '~' is "not"; the lines or words must all hold.
 */
function tagExpression({ settings }: BehaveSettings): { expression: string; from: string } | undefined {
  const tags = list(settings.get('tags')).filter(Boolean)
  const defaults = list(settings.get('default_tags'))
    .flatMap((value) => value.split(/\s+/))
    .filter(Boolean)
  const wip = settings.get('wip')
  const isWip = wip && typeof wip.value === 'string' && /^(1|yes|true|on)$/i.test(wip.value)
  const args = isWip ? ['wip', ...defaults] : tags.length ? tags : defaults
  if (!args.length) return undefined
  const from = isWip ? 'wip' : tags.length ? 'tags' : 'default_tags'
  const file = settings.get(from)!.file
  const groups = args.map((arg) => {
    const alternatives = arg.split(',').filter(Boolean).map(tagTerm)
    return alternatives.length > 1 && args.length > 1 ? `(${alternatives.join(' or ')})` : alternatives.join(' or ')
  })
  return { expression: groups.join(' and '), from: `${file}: ${from}` }
}

function tagTerm(item: string): string {
  const negated = item.startsWith('-') || item.startsWith('~')
  const name = negated ? item.slice(1) : item
  const tag = name.startsWith('@') ? name : `@${name}`
  return negated ? `not ${tag}` : tag
}
