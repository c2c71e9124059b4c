// Watch mode: every feature imports every step file, so Vitest alone would re-run all features
// when one step file changes. This narrows the re-run to the features whose last run used a
// step definition or hook from that file. Anything it cannot vouch for re-runs: a feature not
// run yet or with undefined/ambiguous steps, and a changed file no result names (a helper).
import { resolve } from 'node:path'
import type { RunnerTask, RunnerTestFile } from 'vitest'
import type { TestSpecification, Vitest } from 'vitest/node'
import { isFeaturePath } from '../compile/feature-file.js'
import type { ScenarioResult } from '../types/scenario-result.js'

const watched = new WeakSet<Vitest>()

/** `stepFiles` lists the absolute paths of the step files. */
export function filterStepFileReruns(vitest: Vitest, stepFiles: () => Promise<string[]>): void {
  if (watched.has(vitest) || !vitest.config.watch) return
  watched.add(vitest)
  const changed = new Set<string>()
  vitest.vite.watcher.on('change', (file: string) => {
    // Vitest waits 100 ms before it re-runs, long enough for the (cached) list of step files.
    void stepFiles().then((files) => {
      if (files.includes(resolve(file))) changed.add(resolve(file))
    })
  })
  vitest.onTestsRerun(() => changed.clear())
  vitest.onFilterWatchedSpecification((specification: TestSpecification) => {
    if (changed.size === 0 || !isFeaturePath(specification.moduleId)) return true
    const root = specification.project.config.root
    const used = filesUsedBy(vitest.state.getFiles([specification.moduleId])[0], root)
    if (!used) return true
    const named = filesNamedByAnyFeature(vitest, root)
    return [...changed].some((file) => used.has(file) || !named.has(file))
  })
}

/** Files whose definitions and hooks a feature's last run used; undefined when unknown. */
function filesUsedBy(file: RunnerTestFile | undefined, root: string): Set<string> | undefined {
  const results = file ? scenarioResults(file) : []
  if (results.length === 0) return undefined
  const used = new Set<string>()
  for (const result of results) {
    for (const step of result.steps) {
      if (step.status === 'undefined' || step.status === 'ambiguous') return undefined
      if (step.definition) used.add(resolve(root, step.definition.uri))
    }
    for (const hook of result.hooks) used.add(resolve(root, hook.uri))
  }
  return used
}

function filesNamedByAnyFeature(vitest: Vitest, root: string): Set<string> {
  const named = new Set<string>()
  for (const file of vitest.state.getFiles()) {
    for (const result of scenarioResults(file)) {
      for (const step of result.steps) if (step.definition) named.add(resolve(root, step.definition.uri))
      for (const hook of result.hooks) named.add(resolve(root, hook.uri))
    }
  }
  return named
}

function scenarioResults(task: RunnerTask): ScenarioResult[] {
  if (task.type === 'test') return task.meta.brine ? [task.meta.brine] : []
  return 'tasks' in task ? task.tasks.flatMap(scenarioResults) : []
}
