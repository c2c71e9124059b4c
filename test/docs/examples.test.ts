// The example projects the docs quote (docs/examples) type-check as a user's project would,
// against the package as built, and each is run by a `run:` block of the docs.
import { cpSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { exec } from 'node:child_process'
import { promisify } from 'node:util'
import { expect, test } from 'vitest'
import { repoRoot } from '../support/fixture-project.ts'
import { linkedProject } from '../support/linked-project.ts'

const examples = readdirSync(join(repoRoot, 'docs/examples'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && readdirSync(join(entry.parentPath, entry.name)).includes('tsconfig.json'))
  .map((entry) => entry.name)

test('there are examples', () => {
  expect(examples).toContain('basket')
})

test.each(examples)(
  'docs/examples/%s type-checks against the built package',
  async (name) => {
    const project = linkedProject({ built: true })
    try {
      cpSync(join(repoRoot, 'docs/examples', name), project.dir, { recursive: true })
      let output = ''
      try {
        await promisify(exec)('npx tsc -p .', { cwd: project.dir })
      } catch (error) {
        output = String((error as { stdout: string }).stdout)
      }
      expect(output).toBe('')
    } finally {
      project.remove()
    }
  },
  120_000,
)

test.each(examples)('docs/examples/%s is run by the docs', (name) => {
  const docs = [
    'README.md',
    ...readdirSync(join(repoRoot, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ]
  const text = docs.map((doc) => readFileSync(join(repoRoot, doc), 'utf8')).join('\n')
  expect(text).toMatch(new RegExp(`<!-- run: docs/examples/${name}\\b`))
})

test("the VS Code settings docs/editors.md shows point the Cucumber extension at brine's default folders", async () => {
  const { resolveOptions } = await import('../../src/plugin/options.ts')
  const defaultOptions = resolveOptions()
  const settings = JSON.parse(readFileSync(join(repoRoot, 'docs/examples/shop/.vscode/settings.json'), 'utf8')) as {
    'cucumber.features': string[]
    'cucumber.glue': string[]
  }
  expect(settings['cucumber.features']).toEqual(defaultOptions.features)
  // The Cucumber extension reads TypeScript step files; brine's default glob also takes JavaScript.
  expect(defaultOptions.steps[0]).toMatch(/^steps\/\*\*\/\*\.\{ts,/)
  expect(settings['cucumber.glue']).toEqual(['steps/**/*.ts'])
})
