// The lint fence around worker code: node-side modules and heavy packages are rejected at any depth
// under src/runtime, src/behave and src/cucumber, and a type-only import still passes.
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'
import { expect, test } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))
const eslint = new ESLint({ cwd: root })

async function fenceErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result!.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message)
}

test.each([
  ['src/runtime/x.ts', "import { compileFeature as used } from '../compile/compile-feature.js'"],
  ['src/runtime/deep/x.ts', "import { compileFeature as used } from '../../compile/compile-feature.js'"],
  ['src/behave/x.ts', "import { runCheck as used } from '../check/run-check.js'"],
  ['src/behave/deep/deeper/x.ts', "import { brine as used } from '../../../plugin/index.js'"],
  ['src/behave/x.ts', "import { writeAtomic as used } from '../files/write-atomic.js'"],
  ['src/runtime/x.ts', "import { Parser as used } from '@cucumber/gherkin'"],
  ['src/behave/x.ts', "import used from 'typescript'"],
  ['src/cucumber/x.ts', "import { migrateCucumberJs as used } from '../migrate/cucumber-js/index.js'"],
  ['src/cucumber/x.ts', "import { Parser as used } from '@cucumber/gherkin'"],
])('%s may not load: %s', async (filePath, code) => {
  expect(await fenceErrors(filePath, `${code}\nexport const value = used\n`)).toHaveLength(1)
})

test.each([
  [
    'src/behave/x.ts',
    "import { supportRegistry } from '../runtime/support-registry.js'\nexport const r = supportRegistry",
  ],
  [
    'src/runtime/x.ts',
    "import type { CompileOptions } from '../compile/compile-feature.js'\nexport type C = CompileOptions",
  ],
  ['src/compile/x.ts', "import { Parser } from '@cucumber/gherkin'\nexport const p = Parser"],
])('%s may load what the fence allows', async (filePath, code) => {
  expect(await fenceErrors(filePath, `${code}\n`)).toEqual([])
})
