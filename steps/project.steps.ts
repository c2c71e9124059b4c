// Steps that write a throwaway project, run real Vitest on it, and check what it reported.
import { After, DataTable, DocString, Given, Then, When } from 'brine'
import { expect } from 'vitest'
import { byTitle, fixtureConfig, fixtureProject, runVitest } from '../test/support/fixture-project.ts'
import type { SpecWorld } from './support/spec-world.ts'

const projectOf = (world: SpecWorld) => (world.project ??= fixtureProject({}))
// A real Vitest run takes a second or two, more on a busy machine.
const run = { timeout: 120_000 }

After((world: SpecWorld) => {
  world.project?.remove()
})

Given('a project using brine with the options {string}', (world: SpecWorld, options: string) => {
  projectOf(world).write('vitest.config.ts', fixtureConfig(options))
})

Given(
  'a project using brine with the options {string} and the test config {string}',
  (world: SpecWorld, options: string, test: string) => {
    projectOf(world).write('vitest.config.ts', fixtureConfig(options, test))
  },
)

Given('the file {string}:', (world: SpecWorld, path: string, doc: DocString) => {
  projectOf(world).write(path, String(doc))
})

When('I run Vitest', run, async (world: SpecWorld) => {
  world.run = await runVitest(projectOf(world))
})

When('I run Vitest with {string}', run, async (world: SpecWorld, args: string) => {
  world.run = await runVitest(projectOf(world), args.split(' '))
})

When('I run Vitest with the environment {string}', run, async (world: SpecWorld, env: string) => {
  const [name, ...value] = env.split('=')
  world.run = await runVitest(projectOf(world), [], { [name!]: value.join('=') })
})

function testNamed(world: SpecWorld, title: string) {
  const found = byTitle(world.run?.json).get(title)
  if (!found) throw new Error(`No test "${title}" in the report.\n${world.run?.stdout}\n${world.run?.stderr}`)
  return found
}

Then('the tests have these statuses:', (world: SpecWorld, table: DataTable) => {
  const actual = table.hashes().map((row) => ({ test: row.test!, status: testNamed(world, row.test!).status }))
  expect(actual).toEqual(table.hashes())
})

Then('the tests are at these lines:', (world: SpecWorld, table: DataTable) => {
  const actual = table
    .hashes()
    .map((row) => ({ test: row.test!, line: String(testNamed(world, row.test!).location?.line) }))
  expect(actual).toEqual(table.hashes())
})

Then('only these tests ran:', (world: SpecWorld, table: DataTable) => {
  const ran = [...byTitle(world.run?.json).values()].filter((t) => t.status === 'passed' || t.status === 'failed')
  expect(ran.map((t) => t.title).sort()).toEqual(
    table
      .raw()
      .map((row) => row[0]!)
      .sort(),
  )
})

Then('the failure of test {string} says:', (world: SpecWorld, title: string, doc: DocString) => {
  const message = testNamed(world, title).failureMessages.join('\n')
  for (const line of String(doc).split('\n')) expect(message).toContain(line)
})

Then('the run fails', (world: SpecWorld) => {
  expect(world.run?.exitCode).not.toBe(0)
})

Then('the run passes', (world: SpecWorld) => {
  expect(world.run?.exitCode, `${world.run?.stdout}\n${world.run?.stderr}`).toBe(0)
})

Then('the output says:', (world: SpecWorld, doc: DocString) => {
  const output = `${world.run?.stdout}\n${world.run?.stderr}`
  for (const line of String(doc).split('\n')) expect(output).toContain(line)
})

Then('the output never mentions {string}', (world: SpecWorld, text: string) => {
  expect(`${world.run?.stdout}\n${world.run?.stderr}`).not.toContain(text)
})

Then('the file {string} says:', (world: SpecWorld, path: string, doc: DocString) => {
  const text = projectOf(world).read(path)
  for (const line of String(doc).split('\n')) expect(text).toContain(line)
})

Then(
  'the coverage report covers line {int} of {string} but not line {int}',
  (world: SpecWorld, covered: number, path: string, uncovered: number) => {
    const report = JSON.parse(projectOf(world).read('coverage/coverage-final.json')) as Record<string, FileCoverage>
    const file = Object.values(report).find((f) => f.path.endsWith(path))!
    const hits = (line: number) =>
      Object.entries(file.statementMap)
        .filter(([, s]) => s.start.line === line)
        .map(([id]) => file.s[id]!)
    expect(hits(covered).some((n) => n > 0)).toBe(true)
    expect(hits(uncovered).every((n) => n === 0)).toBe(true)
  },
)

Then('the coverage report has no {string} file', (world: SpecWorld, extension: string) => {
  const report = JSON.parse(projectOf(world).read('coverage/coverage-final.json')) as Record<string, FileCoverage>
  expect(Object.keys(report).length).toBeGreaterThan(0)
  expect(Object.keys(report).filter((path) => path.endsWith(extension))).toEqual([])
})

interface FileCoverage {
  path: string
  statementMap: Record<string, { start: { line: number } }>
  s: Record<string, number>
}
