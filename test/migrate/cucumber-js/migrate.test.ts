// The migrator over a whole tree: files that do not parse are reported and skipped, imports of
// modules left in place are re-pointed from the output folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { migrateCucumberJs } from '../../../src/migrate/cucumber-js/index.ts'

const dir = mkdtempSync(join(tmpdir(), 'brine-cucumber-js-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function write(path: string, content: string): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true })
  writeFileSync(join(dir, path), content)
}

write('src/app.ts', 'export const app = 1\n')
write(
  'features/steps/broken.ts',
  "import { Given } from '@cucumber/cucumber'\n\nGiven('x', function () {\n  if (\n})\n",
)
write(
  'features/steps/good.ts',
  "import { Given } from '@cucumber/cucumber'\nimport { app } from '../../src/app.js'\nimport { helper } from '../lib/helper.js'\nconst lazy = () => import('../../src/app.js')\n\nGiven('y', function () {\n  this.app = app + helper + lazy.length\n})\n",
)
write('features/lib/helper.ts', "import { app } from '../../src/app.js'\nexport const helper = app\n")
write('features/steps/legacy.cjs', "const { When } = require('@cucumber/cucumber')\nWhen('z', function () {})\n")

test('a file that does not parse is reported with file:line and the others are migrated and re-pointed', async () => {
  const progress: string[] = []
  const result = await migrateCucumberJs({ source: dir, out: join(dir, 'steps'), progress: (m) => progress.push(m) })
  expect(result.errors).toEqual([{ file: 'features/steps/broken.ts', line: 5, message: 'Expression expected.' }])
  const files = Object.fromEntries(result.files.map((f) => [f.path.slice(dir.length + 1), f.content]))
  // The support files' folder maps to the output folder; a helper outside it stays where it is.
  expect(Object.keys(files).sort()).toEqual(['steps/good.ts', 'steps/legacy.cjs'])
  expect(files['steps/good.ts']).toBe(
    "import { Given } from 'brine'\nimport { app } from '../src/app.js'\nimport { helper } from '../features/lib/helper.js'\nconst lazy = () => import('../src/app.js')\n\nGiven('y', (world) => {\n  world.app = app + helper + lazy.length\n})\n",
  )
  expect(files['steps/legacy.cjs']).toBe("import { When } from 'brine'\nWhen('z', (_world) => {})\n")
  expect(result.modules.map((m) => [m.path, m.translated])).toEqual([
    ['features/steps/good.ts', 'fully'],
    ['features/steps/legacy.cjs', 'fully'],
  ])
  expect(progress).toEqual([])
  expect(result.notes).toContain(
    'brine loads ES modules: .cjs step files are not in its default steps glob; convert them to ESM',
  )
})

test('a JavaScript cucumber config is read without running it', async () => {
  const source = mkdtempSync(join(tmpdir(), 'brine-cucumber-config-'))
  try {
    writeFileSync(
      join(source, 'cucumber.mjs'),
      "export default { paths: ['specs/**/*.feature'], worldParameters: { host: process.env.HOST } }\n",
    )
    const result = await migrateCucumberJs({ source, out: join(source, 'steps') })
    expect(result.notes).toContain(
      'cucumber.mjs sets worldParameters: use brine({ worldParameters: { host: process.env.HOST } })',
    )
    expect(result.notes).toContain(
      "cucumber.mjs sets the feature paths: use brine({ features: ['specs/**/*.feature'] })",
    )
  } finally {
    rmSync(source, { recursive: true, force: true })
  }
})
