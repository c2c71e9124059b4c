// brine/plugin and the reporters load from a Vitest config of every extension, in a CommonJS
// package as in an ESM one, against the package as built: Vite bundles a .ts or .js config of a
// CommonJS package as CommonJS, which then `require`s brine (an ES module, which Node 20.19+ loads).
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, describe, test } from 'vitest'
import { repoRoot, type FixtureProject } from '../support/fixture-project.ts'
import { linkedProject } from '../support/linked-project.ts'

/** `vitest run` with the config's own reporters (runVitest would replace them with its JSON one). */
function vitestRun(dir: string): Promise<{ code: number; output: string }> {
  const vitest = join(repoRoot, 'node_modules/vitest/vitest.mjs')
  const env = { ...process.env, CI: '1', NO_COLOR: '1', FORCE_COLOR: '0', BRINE_TAGS: '', BRINE_GROUP: '' }
  return new Promise((done) => {
    execFile(process.execPath, [vitest, 'run'], { cwd: dir, env }, (error, stdout, stderr) =>
      done({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
    )
  })
}

const ESM_CONFIG = `import { defineConfig } from 'vitest/config'
import { brine } from 'brine/plugin'
import SummaryReporter from 'brine/reporters/summary'

export default defineConfig({
  plugins: [brine()],
  test: { reporters: ['default', new SummaryReporter(), ['brine/reporters/rerun', { outputFile: 'rerun.txt' }]] },
})
`
const CJS_CONFIG = `const { defineConfig } = require('vitest/config')
const { brine } = require('brine/plugin')
const SummaryReporter = require('brine/reporters/summary').default

module.exports = defineConfig({
  plugins: [brine()],
  test: { reporters: ['default', new SummaryReporter(), ['brine/reporters/rerun', { outputFile: 'rerun.txt' }]] },
})
`

const cases = (['commonjs', 'module'] as const).flatMap((type) =>
  ['ts', 'js', 'mts', 'cts', 'mjs', 'cjs'].map((ext) => ({ type, ext })),
)

describe('a Vitest config that imports brine/plugin and brine/reporters/*', () => {
  const made: FixtureProject[] = []
  afterAll(() => made.forEach((project) => project.remove()))

  test.concurrent.for(cases)(
    'vitest.config.$ext in a $type package',
    { timeout: 120_000 },
    async ({ type, ext }, { expect }) => {
      const project = linkedProject({ built: true })
      made.push(project)
      project.write('package.json', JSON.stringify({ name: 'app', version: '1.0.0', type }))
      project.write(`vitest.config.${ext}`, ext === 'cjs' ? CJS_CONFIG : ESM_CONFIG)
      project.write('features/a.feature', 'Feature: A\n  Scenario: fails\n    Given a step that fails\n')
      project.write(
        'steps/a.steps.ts',
        "import { Given } from 'brine'\nGiven('a step that fails', () => { throw new Error('no') })\n",
      )
      const { code, output } = await vitestRun(project.dir)
      expect(output).toContain('0 scenarios passed, 1 failed, 0 skipped')
      expect(code).toBe(1)
      expect(project.read('rerun.txt')).toBe('features/a.feature:2\n')
      expect(output).not.toMatch(/ExperimentalWarning|ESM only/)
    },
  )
})
