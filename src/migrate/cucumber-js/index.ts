// cucumber-js → brine. The support code stays where it is, unchanged: Vitest loads it from there
// (so __dirname, import.meta.url and relative paths mean what they meant) and its
// @cucumber/cucumber is brine/cucumber, cucumber-js's API on brine. What the migration writes is the
// Vitest config: every profile of the cucumber-js config mapped to brine() and `test` options,
// setDefaultTimeout as stepTimeout; and a report of the definitions and of what could not map.
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { glob } from 'tinyglobby'
import type {
  DefinitionReport,
  MigrationResult,
  Migrator,
  ModuleReport,
  PlannedFile,
  SourceError,
} from '../migration.js'
import { readCucumberConfig } from './config/read-config.js'
import { mapProfile, type ProfileSettings } from './config/map-profile.js'
import { parseSource } from './parse-source.js'
import { PatternChecker } from './pattern-kind.js'
import { rewriteImports } from './rewrite-imports.js'
import { scanSupport } from './scan-support.js'
import { editConfig, NEW_CONFIG_FILE, newConfig, WRITTEN_BY, type ConfigPlan } from './vitest-config.js'

/** Where the settings go when the project's own config cannot be edited safely. */
const SUGGESTED_CONFIG = 'vitest.config.cucumber.mjs'

/** The Vitest config files Vitest reads first (the same list as `brine init`). */
const VITEST_CONFIGS = ['vitest.config', 'vite.config'].flatMap((base) =>
  ['ts', 'mts', 'js', 'mjs', 'cts', 'cjs'].map((ext) => `${base}.${ext}`),
)

export const migrateCucumberJs: Migrator = async (options) => {
  const root = options.source
  const rel = (file: string) => relative(root, file).split(sep).join('/')
  const config = await readCucumberConfig(root)
  const notes: string[] = []
  const modules: ModuleReport[] = []
  const errors: SourceError[] = []
  const definitions: DefinitionReport[] = []

  // Every profile, mapped; a config without a default profile still runs one (cucumber-js's defaults).
  const profiles = new Map<string, ProfileSettings>()
  const context = { file: config?.file, root }
  if (!config?.profiles.some((p) => p.name === 'default')) profiles.set('default', await mapProfile(undefined, context))
  for (const profile of config?.profiles ?? []) profiles.set(profile.name, await mapProfile(profile, context))

  const steps = [...new Set([...profiles.values()].flatMap((p) => p.steps))]
  const files = (await glob(steps, { cwd: root, absolute: true, ignore: ['**/node_modules/**'] })).sort()
  const checker = new PatternChecker(files)
  let defaultTimeout: { text: string; where: string } | undefined
  const rewritten: PlannedFile[] = []
  for (const [i, file] of files.entries()) {
    if (i > 0 && i % 100 === 0) options.progress?.(`cucumber-js: ${i}/${files.length} support files read`)
    const parsed = parseSource(file, await readFile(file, 'utf8'))
    if (parsed.error) {
      errors.push({ file: rel(file), line: parsed.error.line, message: parsed.error.message })
      continue
    }
    const scan = scanSupport(parsed.sourceFile, rel(file), checker)
    definitions.push(...scan.definitions)
    notes.push(...scan.notes)
    if (scan.defaultTimeout)
      defaultTimeout = { text: scan.defaultTimeout.text, where: `${rel(file)}:${scan.defaultTimeout.line}` }
    const todos = [...scan.todos, ...scan.definitions.flatMap((d) => d.todos.map((t) => `${d.origin}: ${t}`))]
    modules.push({ path: rel(file), translated: todos.length ? 'partly' : 'fully', todos })
    if (options.rewriteImports && scan.usesCucumber) {
      rewritten.push({ path: file, content: rewriteImports(parsed.sourceFile) })
    }
  }
  if (files.length === 0) notes.push(`no support files match ${steps.join(', ')}`)
  if (defaultTimeout) {
    for (const settings of profiles.values()) settings.brine.push(['stepTimeout', defaultTimeout.text])
    notes.push(`${defaultTimeout.where}: setDefaultTimeout → brine({ stepTimeout: ${defaultTimeout.text} })`)
  }

  const configTodos = [...(config?.problems ?? []).map((p) => `${config!.file}:${p.line}: ${p.message}`)]
  for (const [name, settings] of profiles) {
    const label = profiles.size > 1 ? `profile ${name}: ` : ''
    notes.push(...settings.notes.map((n) => label + n))
    configTodos.push(...settings.todos.map((t) => label + t))
  }
  const plan: ConfigPlan = { source: config?.file, profiles }
  const written = await vitestConfig(root, plan, configTodos, notes)
  if (config)
    modules.push({ path: config.file, translated: configTodos.length ? 'partly' : 'fully', todos: configTodos })
  else if (configTodos.length) modules.push({ path: rel(written.path), translated: 'partly', todos: configTodos })
  if (profiles.size > 1)
    notes.push(`${profiles.size} profiles: CUCUMBER_PROFILE=<name> picks one, as cucumber-js --profile <name> did`)
  if (!profiles.get('default')?.test.some(([key]) => key === 'maxWorkers')) {
    notes.push(
      "cucumber-js ran one scenario at a time; brine's workers run feature files side by side (set test.maxWorkers: 1 if they share outside resources)",
    )
  }
  return {
    source: 'cucumber-js',
    files: [written, ...rewritten],
    definitions,
    modules,
    errors,
    notes,
  } satisfies MigrationResult
}

/** The config file to write: a new one, or the project's own with the plan added. */
async function vitestConfig(root: string, plan: ConfigPlan, todos: string[], notes: string[]): Promise<PlannedFile> {
  const existing = VITEST_CONFIGS.find((name) => existsSync(join(root, name)))
  if (!existing) return { path: join(root, NEW_CONFIG_FILE), content: newConfig(plan) }
  const text = await readFile(join(root, existing), 'utf8')
  // One this migration wrote before is written again (over it only with --force, as any file).
  if (text.startsWith(WRITTEN_BY)) return { path: join(root, existing), content: newConfig(plan) }
  const edit = editConfig(existing, text, plan)
  if (edit.status === 'unsupported') {
    // The project's config is left as it is; the settings are written beside it to copy over.
    todos.push(`${existing}: left unchanged (${edit.reason}); copy the settings from ${SUGGESTED_CONFIG}`)
    return { path: join(root, SUGGESTED_CONFIG), content: newConfig(plan) }
  }
  for (const kept of edit.kept)
    notes.push(`${existing}: kept the project's own ${kept.split(':')[0]} (cucumber-js had ${kept})`)
  notes.push(`${existing}: brine() and the @cucumber/cucumber alias added`)
  return { path: join(root, existing), content: edit.text }
}
