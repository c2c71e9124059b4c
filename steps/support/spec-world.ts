// The World of brine's own specification: what a scenario has set up and what its runs produced.
import { setWorldConstructor, World } from 'brine'
import type { FeatureData } from '../../src/types/feature-data.ts'
import type { FixtureProject, RunResult } from '../../test/support/fixture-project.ts'
import type { InProcessResult } from './in-process-run.ts'
import type { SupportRegistry } from '../../src/runtime/support-registry.ts'

export class SpecWorld extends World {
  /** Step definitions and hooks for in-process runs, made fresh per scenario. */
  registry: SupportRegistry | undefined
  /** What steps and hooks of an in-process run did, in order. */
  readonly events: string[] = []
  feature: FeatureData | undefined
  results: InProcessResult[] = []
  compileError: Error | undefined
  project: FixtureProject | undefined
  run: RunResult | undefined
}

declare module 'brine' {
  interface CustomWorld {
    spec: SpecWorld
  }
}

setWorldConstructor(SpecWorld)
