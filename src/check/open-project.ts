// Opens a project the way `vitest run` does (its config, aliases and projects), without running
// anything yet, and finds the brine() plugin in it and the project that runs the features.
import { existsSync, realpathSync } from 'node:fs'
import { dirname, isAbsolute, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Writable } from 'node:stream'
import type { Plugin } from 'vitest/config'
import { createVitest, type TestProject, type Vitest } from 'vitest/node'
import type { BrinePluginApi } from '../plugin/index.js'

export interface OpenOptions {
  /** The project directory; the config is looked up there unless `config` names one. */
  root: string
  config?: string
}

export interface CheckProject {
  root: string
  vitest: Vitest
  /** The project whose include has the features; the dry run runs in it. */
  features: TestProject
  brine: BrinePluginApi
  /** What Vitest itself printed, for error messages. */
  output(): string
  close(): Promise<void>
}

/** A problem with the project itself (no config, no brine(), brine resolving elsewhere). */
export class ProjectError extends Error {
  override name = 'ProjectError'
}

const runtimeDir = fileURLToPath(new URL('../runtime/', import.meta.url))

export async function openProject(options: OpenOptions): Promise<CheckProject> {
  let printed = ''
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      printed += chunk.toString()
      done()
    },
  })
  if (options.config && !existsSync(options.config)) throw new ProjectError(`No config file at ${options.config}`)
  let vitest: Vitest
  try {
    vitest = await createVitest(
      'test',
      {
        root: options.root,
        ...(options.config ? { config: options.config } : {}),
        watch: false,
        // Reporting is brine check's own; a dry run never sets up servers or measures coverage.
        reporters: [{}],
        globalSetup: [],
        coverage: { enabled: false },
      },
      {},
      { stdout: sink, stderr: sink },
    )
  } catch (error) {
    throw new ProjectError(
      `The Vitest config could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    )
  }
  const project: Omit<CheckProject, 'features' | 'brine'> = {
    root: vitest.config.root,
    vitest,
    output: () => printed,
    close: () => vitest.close(),
  }
  try {
    const brine = findBrine(vitest)
    const features = findFeaturesProject(vitest, brine)
    await assertSameRuntime(features, project.root)
    // globalSetup starts servers and databases for real runs; a dry run needs none of them.
    features.config.globalSetup = []
    return { ...project, brine, features }
  } catch (error) {
    await vitest.close()
    throw error
  }
}

/** brine() in the root config, else in one of the user's projects. */
function findBrine(vitest: Vitest): BrinePluginApi {
  const plugin = [vitest.vite, ...vitest.projects.map((project) => project.vite)]
    .flatMap((server) => server.config.plugins)
    .find((p: Plugin) => p.name === 'brine')
  if (!plugin?.api) {
    const config = vitest.vite.config.configFile ?? `no config file in ${vitest.config.root}`
    throw new ProjectError(
      `No brine() plugin found in the Vitest config (${config}): add import { brine } from 'brine/plugin' and plugins: [brine()] to it, or run npx brine init`,
    )
  }
  return plugin.api as BrinePluginApi
}

function findFeaturesProject(vitest: Vitest, brine: BrinePluginApi): TestProject {
  const named = vitest.projects.find((p) => p.name === brine.options.project)
  if (named) return named
  // The user laid out projects of their own: take the one that includes the feature globs.
  const including = vitest.projects.find((p) => brine.options.features.some((glob) => p.config.include.includes(glob)))
  return including ?? vitest.projects[0]!
}

/**
 * The dry run reads the registry of this brine's runtime; step files register into the runtime
 * `brine` resolves to. Only when both are the same files is it one module instance.
 */
async function assertSameRuntime(project: TestProject, root: string): Promise<void> {
  const resolved = await project.vite.pluginContainer.resolveId('brine', join(root, 'index.ts'), { ssr: true })
  const id = resolved?.id.replace(/[?#].*$/, '')
  if (!id || !isAbsolute(id)) {
    throw new ProjectError(`"brine" cannot be resolved from ${root}: install it or alias it in the config.`)
  }
  if (realpathSync(dirname(id)) !== realpathSync(runtimeDir)) {
    throw new ProjectError(
      `The project's "brine" is ${id}, not this brine (${runtimeDir}); run the project's own: npx brine check`,
    )
  }
}
