// brine(): the Vite plugin that makes .feature files Vitest test files. Node side only.
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { glob } from 'tinyglobby'
import type { Plugin, ViteUserConfig as UserConfig } from 'vitest/config'
import { compileFeature, type CompileOptions } from '../compile/compile-feature.js'
import { ModuleCache } from '../compile/module-cache.js'
import {
  GROUP_INCLUDE,
  groupCount,
  groupModule,
  groupSetting,
  hasProject,
  isGroup,
  writeGroups,
  type GroupSetting,
  type ThreadSettings,
} from './feature-groups.js'
import { FeatureParseError, featureUri, isFeaturePath } from '../compile/feature-file.js'
import { assertTagExpression, resolveOptions, type BrineOptions, type ResolvedOptions } from './options.js'
import { setupNotes } from './setup-notes.js'
import { unsupportedVersion } from './supported-versions.js'
import { isFeaturesProject, pluginNames, vitestConfig } from './vitest-config.js'
import { vitestVersion } from './vitest-version.js'
import { filterStepFileReruns } from './watch-filter.js'
import { importSpecifier } from './import-specifier.js'
import { requiresAsImports, type AliasEntry } from './require-imports.js'

export type { BrineOptions } from './options.js'

const RUNTIME = 'brine/internal'

/**
 * Marks a Vitest instance whose project setup brine has looked at, so its notes print once per run.
 * A registry symbol: each project may load its own copy of the config, and of this module with it.
 */
const NOTED = Symbol.for('brine.setupNoted')

/** What tools such as `brine check` read from the brine() instance of a resolved config (`plugin.api`). */
export interface BrinePluginApi {
  options: ResolvedOptions
  /** The step files every feature imports: absolute, sorted. */
  stepFiles(): Promise<string[]>
  /** Resolves when every compiled module started writing to the cache is on disk. */
  flushCache(): Promise<void>
}

export function brine(userOptions: BrineOptions = {}): Plugin {
  const unsupported = unsupportedVersion(process.versions.node, vitestVersion())
  if (unsupported) throw new Error(unsupported)
  const options = resolveOptions(userOptions)
  let root = process.cwd()
  let cache = new ModuleCache(undefined)
  let stepFiles: Promise<string[]> | undefined
  // Group mode (CI): 0 when off; with test.projects of the user's own, brine turns it off.
  let group: GroupSetting = 0
  let aliases: readonly AliasEntry[] = []

  const findStepFiles = () => {
    stepFiles ??= glob(options.steps, { cwd: root, absolute: true, ignore: ['**/node_modules/**'] }).then((f) =>
      f.sort(),
    )
    return stepFiles
  }

  return {
    name: 'brine',
    api: { options, stepFiles: findStepFiles, flushCache: () => cache.flush() } satisfies BrinePluginApi,
    config(user: UserConfig) {
      // Checked here, once, rather than in every worker, where each feature would fail with it.
      if (process.env.BRINE_TAGS) assertTagExpression(process.env.BRINE_TAGS, 'BRINE_TAGS')
      const config = vitestConfig(user, options)
      // Group mode (CI): the features project runs group files, written once Vitest's settings
      // are known (configureVitest), each importing a share of the features.
      group = groupSetting(process.env.BRINE_GROUP, options.group)
      if (group !== 0 && !hasProject(config, options.project) && !isFeaturesProject(user)) {
        group = 0
        console.warn('brine: group mode needs the projects brine() sets up; with test.projects of your own it is off')
      }
      return config
    },
    configResolved(config) {
      if (pluginNames(config.plugins).filter((name) => name === 'brine').length > 1) {
        throw new Error(
          "brine() is in this Vitest config twice: keep one (a project with extends: true already has the root config's plugins, and a vitest.config that merges vite.config gets its plugins too)",
        )
      }
      root = config.root
      aliases = config.resolve?.alias ?? []
      // BRINE_CACHE=0 compiles every feature afresh.
      cache = new ModuleCache(process.env.BRINE_CACHE === '0' ? undefined : join(root, '.brine-cache', 'modules'))
    },
    configureVitest({ vitest, project }) {
      filterStepFileReruns(vitest, findStepFiles)
      const marked = vitest as unknown as Record<symbol, boolean>
      if (!marked[NOTED]) {
        marked[NOTED] = true
        for (const note of setupNotes(root, options)) vitest.logger.warn(note)
      }
      if (group === 0 || project.name !== options.project) return
      // Watch mode re-runs what changed, one feature file at a time: groups would re-run them all.
      if (vitest.config.watch) return
      // The groups take the features the project's own globs would (the user's exclude applies),
      // and replace them as its test files: the project's include is also where the root config's
      // include ends up, so a feature it names would otherwise run a second time on its own.
      const count = groupCount(group, vitest.config as ThreadSettings)
      writeGroups(root, options.features, count, project.config.exclude)
      project.config.include = [GROUP_INCLUDE]
    },
    configureServer(server) {
      // A step file added or removed changes what every feature imports.
      const onChange = (file: string) => {
        if (!/\.(?:[cm]?[jt]s)$/.test(file)) return
        stepFiles = undefined
        for (const module of server.moduleGraph.idToModuleMap.values()) {
          if (module.id && isFeature(module.id)) server.moduleGraph.invalidateModule(module)
        }
      }
      server.watcher.on('add', onChange)
      server.watcher.on('unlink', onChange)
    },
    async load(id) {
      if (!isFeature(id) && !isGroup(cleanId(id))) return null
      return readFile(cleanId(id), 'utf8')
    },
    async transform(source, id) {
      if (isGroup(cleanId(id))) {
        const groupPath = cleanId(id)
        const stepImports = (await findStepFiles()).map((file) => importSpecifier(dirname(groupPath), file))
        return { code: groupModule(source, { runtime: RUNTIME, groupPath, root, stepImports }), map: null }
      }
      if (!isFeature(id)) {
        // Step files written as CommonJS that require brine (or an aliased package) directly.
        if (!source.includes('require') || !(await findStepFiles()).includes(cleanId(id))) return null
        if (typeof this.parse !== 'function') return null
        const code = requiresAsImports(source, aliases, (text) => this.parse(text))
        return code === undefined ? null : { code, map: null }
      }
      const path = cleanId(id)
      const uri = featureUri(root, path)
      const steps = await findStepFiles()
      const compileOptions: CompileOptions = {
        uri,
        path,
        runtime: RUNTIME,
        stepImports: steps.map((file) => importSpecifier(dirname(path), file)),
        language: options.language,
        ...(options.dialect === 'behave' ? { dialect: options.dialect } : {}),
        runOptions: runOptions(userOptions),
      }
      const key = cache.key(source, compileOptions)
      const cached = cache.get(key)
      if (cached) return cached
      try {
        const compiled = compileFeature(source, compileOptions)
        cache.set(key, compiled)
        return compiled
      } catch (error) {
        // Vite shows `loc` as a code frame; the file fails alone and the others still run.
        if (error instanceof FeatureParseError) {
          Object.assign(error, { id: path, loc: { file: path, line: error.line, column: error.column - 1 } })
        }
        throw error
      }
    },
  }
}

export default brine

function runOptions(options: BrineOptions): Record<string, unknown> {
  const run: Record<string, unknown> = {}
  if (options.tags !== undefined) run.tags = options.tags
  if (options.stepTimeout !== undefined) run.stepTimeout = options.stepTimeout
  if (options.worldParameters !== undefined) run.worldParameters = options.worldParameters
  if (options.concurrent) run.concurrent = true
  if (options.names?.length) run.names = options.names
  if (options.retry) run.retry = options.retry
  if (options.retryTagFilter) run.retryTagFilter = options.retryTagFilter
  if (options.strict === false) run.strict = false
  if (options.dryRun) run.dryRun = true
  return run
}

function isFeature(id: string): boolean {
  return isFeaturePath(cleanId(id))
}

function cleanId(id: string): string {
  return id.replace(/[?#].*$/, '')
}
