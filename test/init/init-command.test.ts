// `brine init` as a new user runs it: in an empty folder and in a project that already has
// Vitest tests; then Vitest runs the result (its config untouched, brine from source).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { main } from '../../src/cli/main.ts'
import { filesIn, byTitle, runVitest, type FixtureProject, type RunResult } from '../support/fixture-project.ts'
import { linkedProject } from '../support/linked-project.ts'

async function brineInit(cwd: string, args: string[] = []): Promise<{ code: number; out: string }> {
  let out = ''
  const code = await main({
    argv: ['init', ...args],
    cwd,
    env: {},
    stdout: (text) => void (out += text),
    stderr: (text) => void (out += text),
  })
  return { code, out }
}

const empty = linkedProject()
const existing = linkedProject()
const commonJs = linkedProject()
const outputs: Record<string, { code: number; out: string }> = {}
const runs: Record<string, RunResult> = {}

beforeAll(async () => {
  existing.write(
    'package.json',
    JSON.stringify(
      { name: 'shop', type: 'module', scripts: { test: 'vitest' }, devDependencies: { vitest: '^3.2.0' } },
      null,
      4,
    ),
  )
  existing.write(
    'vitest.config.ts',
    `import { defineConfig } from 'vitest/config'\n\nexport default defineConfig({\n  test: {\n    include: ['src/**/*.test.ts'],\n  },\n})\n`,
  )
  existing.write('sum.ts', 'export const sum = (a: number, b: number) => a + b\n')
  existing.write(
    'src/sum.test.ts',
    `import { expect, test } from 'vitest'\nimport { sum } from '../sum.ts'\n\ntest('adds', () => expect(sum(1, 2)).toBe(3))\n`,
  )
  // What `npm init -y` writes (npm 11).
  commonJs.write('package.json', JSON.stringify({ name: 'app', version: '1.0.0', type: 'commonjs' }, null, 2))
  outputs.empty = await brineInit(empty.dir)
  outputs.existing = await brineInit(existing.dir)
  outputs.commonJs = await brineInit(commonJs.dir)
  // The runner config loader lets the untouched config import brine's TypeScript source.
  const vitest = (project: FixtureProject) => runVitest(project, ['--configLoader', 'runner'])
  ;[runs.empty, runs.existing, runs.commonJs] = await Promise.all([vitest(empty), vitest(existing), vitest(commonJs)])
}, 120_000)
afterAll(() => {
  empty.remove()
  existing.remove()
  commonJs.remove()
})

describe('brine init in a CommonJS package', () => {
  test('writes the config as vitest.config.mts, an ES module whatever the package type', () => {
    expect(outputs.commonJs!.out).toContain('created vitest.config.mts')
    expect(readFileSync(join(commonJs.dir, 'vitest.config.mts'), 'utf8')).toContain(
      "import { brine } from 'brine/plugin'",
    )
    expect(JSON.parse(readFileSync(join(commonJs.dir, 'package.json'), 'utf8'))).toMatchObject({ type: 'commonjs' })
  })

  test('the example feature runs green', () => {
    const scenario = byTitle(runs.commonJs!.json).get('Adding two numbers')
    expect(scenario?.status, runs.commonJs!.stdout + runs.commonJs!.stderr).toBe('passed')
    expect(runs.commonJs!.exitCode).toBe(0)
  })
})

describe('brine init in an empty folder', () => {
  test('creates the config, the example, package.json with scripts, and says so', () => {
    expect(outputs.empty!.code).toBe(0)
    expect(outputs.empty!.out).toContain('created vitest.config.ts')
    expect(outputs.empty!.out).toContain('created features/example.feature')
    expect(outputs.empty!.out).toContain('created steps/example.steps.ts')
    expect(outputs.empty!.out).toContain('created package.json')
    expect(outputs.empty!.out).toContain('added   npm script "features": vitest run features/')
    expect(outputs.empty!.out).toContain('next    npm install --save-dev brine vitest')
    const pkg = JSON.parse(readFileSync(join(empty.dir, 'package.json'), 'utf8'))
    expect(pkg).toMatchObject({ type: 'module', scripts: { features: 'vitest run features/' } })
  })

  test('the example feature runs green', () => {
    const scenario = byTitle(runs.empty!.json).get('Adding two numbers')
    expect(scenario?.status, runs.empty!.stdout + runs.empty!.stderr).toBe('passed')
    expect(runs.empty!.exitCode).toBe(0)
  })

  test('a second run changes nothing and says it kept everything', async () => {
    const before = filesIn(empty.dir)
    const again = await brineInit(empty.dir)
    expect(again.code).toBe(0)
    expect(filesIn(empty.dir)).toEqual(before)
    expect(again.out).not.toMatch(/^(created|edited|added)/m)
    expect(again.out).toContain('kept    vitest.config.ts (already uses brine)')
    expect(again.out).toContain('kept    npm script "features:watch" (exists)')
  })
})

describe('brine init in a project with Vitest tests', () => {
  test('edits the existing config and package.json, keeping what was there', () => {
    expect(outputs.existing!.out).toContain('edited  vitest.config.ts (added brine() to plugins)')
    const config = readFileSync(join(existing.dir, 'vitest.config.ts'), 'utf8')
    expect(config).toContain("import { brine } from 'brine/plugin'")
    expect(config).toContain("include: ['src/**/*.test.ts']")
    const pkgText = readFileSync(join(existing.dir, 'package.json'), 'utf8')
    expect(pkgText).toMatch(/^\{\n {4}"name"/)
    expect(JSON.parse(pkgText).scripts).toEqual({
      test: 'vitest',
      features: 'vitest run features/',
      'features:watch': 'vitest features/',
    })
    expect(outputs.existing!.out).toContain('next    npm install --save-dev brine\n')
  })

  test('its own tests still run, and the example feature runs green beside them', () => {
    const results = byTitle(runs.existing!.json)
    expect(results.get('adds')?.status, runs.existing!.stdout + runs.existing!.stderr).toBe('passed')
    expect(results.get('Adding two numbers')?.status).toBe('passed')
    expect(runs.existing!.exitCode).toBe(0)
  })

  test('a config it cannot edit is left unchanged with instructions, and init says it failed', async () => {
    const project = linkedProject()
    try {
      project.write('vite.config.js', 'export default makeConfig()\n')
      const result = await brineInit(project.dir, [])
      expect(result.code).toBe(1)
      expect(result.out).toContain('left    vite.config.js unchanged')
      expect(readFileSync(join(project.dir, 'vite.config.js'), 'utf8')).toBe('export default makeConfig()\n')
      expect((await brineInit(project.dir, ['--help'])).out).toContain('Usage: brine init [dir]')
    } finally {
      project.remove()
    }
  })
})
