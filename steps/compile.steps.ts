// Steps that compile feature text and look at the tests it becomes.
import { DataTable, DocString, Then, When } from 'brine'
import { expect } from 'vitest'
import { allScenarios, compile } from './support/in-process-run.ts'
import type { SpecWorld } from './support/spec-world.ts'

When('I compile this feature:', (world: SpecWorld, doc: DocString) => {
  try {
    world.feature = compile(String(doc))
  } catch (error) {
    world.compileError = error as Error
  }
})

Then('it has these tests:', (world: SpecWorld, table: DataTable) => {
  const feature = world.feature!
  const rows = [
    ...feature.scenarios.map((s) => ({ suite: feature.name, s })),
    ...feature.rules.flatMap((rule) => rule.scenarios.map((s) => ({ suite: `${feature.name} > ${rule.name}`, s }))),
  ]
  const columns = table.raw()[0]!
  const actual = rows.map(({ suite, s }) => {
    const all: Record<string, string> = {
      suite,
      title: s.title,
      line: String(s.line),
      tags: s.tags.join(' '),
      steps: s.steps.map((step) => `${step.keyword}${step.text}`).join(' / '),
    }
    return Object.fromEntries(columns.map((c) => [c, all[c]!]))
  })
  expect(actual).toEqual(table.hashes())
})

Then('step {int} of test {string} has the table:', (world: SpecWorld, n: number, title: string, table: DataTable) => {
  const scenario = allScenarios(world.feature!).find((s) => s.title === title)!
  expect(scenario.steps[n - 1]!.dataTable).toEqual(table.raw())
})

Then('compiling fails with:', (world: SpecWorld, doc: DocString) => {
  expect(world.compileError?.message).toBe(String(doc))
})
