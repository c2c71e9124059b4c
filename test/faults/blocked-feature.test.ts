// In-process: a feature whose BeforeFeature hook throws has its scenarios fail (not skip).
// The scenario is tagged @fails, so Vitest itself asserts that it failed.
import { afterAll, afterEach, expect } from 'vitest'
import { defineFeature } from '../../src/runtime/define-feature.ts'
import { BeforeFeature, Given } from '../../src/runtime/index.ts'

let ran = false
Given('a step behind a broken feature hook', () => {
  ran = true
})
BeforeFeature('@blocked', () => {
  throw new Error('server did not start')
})

const $ = defineFeature({
  uri: 'features/blocked.feature',
  name: 'Blocked',
  keyword: 'Feature',
  language: 'en',
  line: 1,
  tags: ['@blocked'],
  scenarios: [
    {
      title: 'guarded by a failing BeforeFeature',
      name: 'guarded by a failing BeforeFeature',
      keyword: 'Scenario',
      line: 3,
      scenarioLine: 3,
      tags: ['@blocked', '@fails'],
      steps: [{ keyword: 'Given ', type: 'Context', text: 'a step behind a broken feature hook', line: 4 }],
    },
  ],
  rules: [],
})
$.feature(() => {
  $.scenario(0, async (run) => {
    await run.step(0)
  })
})

// Checked after the suite: inside the @fails test any failed check would count as the expected failure.
const statuses: unknown[] = []
afterEach(({ task }) => void statuses.push(task.meta.brine?.status, task.meta.brine?.steps[0]?.status))
afterAll(() => {
  expect(ran).toBe(false)
  expect(statuses).toEqual(['failed', 'skipped'])
})
