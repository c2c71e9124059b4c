// Steps that define step definitions and hooks from tables and run features in-process.
import { DataTable, DocString, Given, Then, When, type StepScope, type World } from 'brine'
import { expect } from 'vitest'
import { pending } from '../src/runtime/errors.ts'
import type { HookKind } from '../src/runtime/hook-definition.ts'
import { SupportRegistry } from '../src/runtime/support-registry.ts'
import { ParameterType } from '@cucumber/cucumber-expressions'
import { compile, runInProcess } from './support/in-process-run.ts'
import type { SpecWorld } from './support/spec-world.ts'

const registryOf = (world: SpecWorld) => (world.registry ??= new SupportRegistry())

/** What a defined step or hook does, written as a phrase in the table. */
function behaviour(world: SpecWorld, label: string, phrase: string) {
  return async (...args: unknown[]) => {
    const values = args
      .slice(1)
      .map((a) =>
        a instanceof DataTable ? a.raw() : a instanceof DocString ? { doc: String(a), mediaType: a.mediaType } : a,
      )
    world.events.push(label)
    const fails = /^fails with "(.*)"$/.exec(phrase)
    if (fails) throw new Error(fails[1])
    switch (phrase) {
      case 'passes':
        return
      case 'records its arguments':
        world.events.push(`${label} <- ${JSON.stringify(values)}`)
        return
      case 'records its Examples row':
        world.events.push(`${label} <- ${JSON.stringify((args[0] as World).scenario.examples ?? null)}`)
        return
      case 'is pending':
        pending('not written yet')
        return
      case 'returns pending':
        return 'pending'
      case 'hangs':
        return new Promise(() => {})
      case 'fails after a delay':
        await new Promise((resolve) => setTimeout(resolve, 5))
        throw new Error('late failure')
      case 'throws a string':
        throw 'not an Error'
      default:
        throw new Error(`Unknown behaviour "${phrase}"`)
    }
  }
}

function pattern(text: string): string | RegExp {
  const regexp = /^\/(.*)\/$/.exec(text)
  return regexp ? new RegExp(regexp[1]!) : text
}

Given('these step definitions:', (world: SpecWorld, table: DataTable) => {
  for (const row of table.hashes()) {
    const options = {
      ...(row.timeout ? { timeout: Number(row.timeout) } : {}),
      // A scope is written as JSON: {"feature": "features/*.feature", "tags": "@slow"}.
      ...(row.scope ? { scope: JSON.parse(row.scope) as StepScope } : {}),
    }
    registryOf(world).defineStep(pattern(row.pattern!), behaviour(world, row.pattern!, row.behaviour!), options)
  }
})

Given('these hooks:', (world: SpecWorld, table: DataTable) => {
  for (const row of table.hashes()) {
    const options = { ...(row.tags ? { tags: row.tags } : {}), ...(row.name ? { name: row.name } : {}) }
    const label = row.name ? `${row.hook} ${row.name}` : row.hook!
    registryOf(world).defineHook(row.hook as HookKind, behaviour(world, label, row.behaviour ?? 'passes'), options)
  }
})

Given(
  'a parameter type {string} matching {string} that upper-cases its text',
  (world: SpecWorld, name: string, regexp: string) => {
    const type = new ParameterType(name, new RegExp(regexp), null, (s: string) => s.toUpperCase(), true, false)
    registryOf(world).defineParameterType(type as ParameterType<unknown>)
  },
)

When('I run this feature in-process:', async (world: SpecWorld, doc: DocString) => {
  world.feature = compile(String(doc))
  world.results = await runInProcess(world.feature, registryOf(world))
})

function scenario(world: SpecWorld, name: string) {
  const found = world.results.find((r) => r.name === name)
  if (!found) throw new Error(`No scenario "${name}" ran; ran: ${world.results.map((r) => r.name).join(', ')}`)
  return found
}

Then('scenario {string} has status {string}', (world: SpecWorld, name: string, status: string) => {
  expect(scenario(world, name).status).toBe(status)
})

Then('the steps of scenario {string} have these statuses:', (world: SpecWorld, name: string, table: DataTable) => {
  const actual = scenario(world, name).steps.map((s) => ({ step: `${s.keyword}${s.text}`, status: s.status }))
  expect(actual).toEqual(table.hashes())
})

Then('the error of scenario {string} says:', (world: SpecWorld, name: string, doc: DocString) => {
  const error = scenario(world, name).error as Error
  for (const line of String(doc).split('\n')) expect(error.message).toContain(line)
})

Then('the stack of scenario {string} points at line {int}', (world: SpecWorld, name: string, line: number) => {
  const error = scenario(world, name).error as Error
  expect(error.stack).toContain(`features/spec.feature:${line}:`)
})

Then('these things happened, in order:', (world: SpecWorld, table: DataTable) => {
  expect(world.events).toEqual(table.raw().map((row) => row[0]))
})

Then('nothing happened', (world: SpecWorld) => {
  expect(world.events).toEqual([])
})
