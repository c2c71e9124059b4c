// What package.json promises a project that installs brine: every entry loads through `import`
// and `require` (a CommonJS config requires brine/plugin), its types resolve under every
// moduleResolution TypeScript has (the older `node` one reads typesVersions, not exports), and
// the install asks for no Vite of its own (Vitest brings one; a `vite` peer pulled in Vite 8,
// whose @types/node range refused projects on older types).
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { repoRoot, type FixtureProject } from '../support/fixture-project.ts'
import { linkedProject } from '../support/linked-project.ts'

type Target = { types: string; default: string }
interface PackageJson {
  /** A target, or one per condition: brine/cucumber gives CommonJS code declarations of CommonJS form. */
  exports: Record<string, string | Target | { import: Target; require: Target }>
  typesVersions: Record<string, Record<string, string[]>>
  types: string
  peerDependencies: Record<string, string>
}
const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as PackageJson

describe('package.json', () => {
  const conditional = Object.entries(pkg.exports).filter(
    ([, target]) => typeof target === 'object' && 'import' in target,
  )
  // An entry's target for import (and so the declarations moduleResolution node reads).
  const entries = Object.entries(pkg.exports).flatMap(([entry, target]): [string, Target][] =>
    typeof target !== 'object' ? [] : 'import' in target ? [[entry, target.import]] : [[entry, target]],
  )

  test('every entry has types and one file for import and require alike', () => {
    expect(entries.length).toBeGreaterThan(5)
    for (const [, target] of entries) expect(Object.keys(target)).toEqual(['types', 'default'])
    expect(conditional.map(([entry]) => entry)).toEqual(['./cucumber'])
    for (const [, target] of conditional) {
      const { import: esm, require: cjs } = target as { import: Target; require: Target }
      expect(cjs.default).toBe(esm.default)
      expect(cjs.types).not.toBe(esm.types)
    }
  })

  test('typesVersions names the same declarations for every subpath, for moduleResolution node', () => {
    const paths = pkg.typesVersions['*']!
    for (const [entry, { types }] of entries) {
      if (entry === '.') {
        expect(pkg.types).toBe(types)
        continue
      }
      const subpath = entry.slice(2)
      const pattern = Object.keys(paths).find(
        (key) => key === subpath || new RegExp(`^${key.replace('*', '[^/]+')}$`).test(subpath),
      )
      expect(pattern, entry).toBeDefined()
      const star = pattern!.includes('*') ? subpath.slice(pattern!.indexOf('*')) : ''
      expect(paths[pattern!]![0]!.replace('*', star), entry).toBe(types)
    }
  })

  test('no vite peer: Vitest brings its own', () => {
    expect(pkg.peerDependencies).not.toHaveProperty('vite')
  })
})

const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc')
const CHECKED = `import { defineConfig } from 'vitest/config'
import { brine } from 'brine/plugin'
import SummaryReporter from 'brine/reporters/summary'
import { Given } from 'brine'

Given('a {int}', (_world, n) => n.toFixed())
export default defineConfig({ plugins: [brine({ tags: '@smoke' })], test: { reporters: [new SummaryReporter()] } })
`

describe("brine's types in a project, as built", () => {
  const made: FixtureProject[] = []
  afterAll(() => made.forEach((project) => project.remove()))

  const settings = [
    { type: 'commonjs', file: 'vitest.config.ts', module: 'commonjs', resolution: 'node10' },
    { type: 'commonjs', file: 'vitest.config.mts', module: 'nodenext', resolution: 'nodenext' },
    { type: 'module', file: 'vitest.config.ts', module: 'node16', resolution: 'node16' },
    { type: 'module', file: 'vitest.config.ts', module: 'esnext', resolution: 'bundler' },
  ]
  test.concurrent.for(settings)(
    'moduleResolution $resolution, $file in a $type package',
    { timeout: 120_000 },
    async ({ type, file, module, resolution }, { expect }) => {
      const project = linkedProject({ built: true })
      made.push(project)
      project.write('package.json', JSON.stringify({ name: 'app', type }))
      project.write(file, CHECKED)
      const options = { module, moduleResolution: resolution, strict: true, noEmit: true, skipLibCheck: true }
      project.write('tsconfig.json', JSON.stringify({ compilerOptions: options, files: [file] }))
      const output = await new Promise<string>((done) =>
        execFile(process.execPath, [tsc, '-p', '.'], { cwd: project.dir }, (_error, stdout) => done(stdout)),
      )
      expect(output).toBe('')
    },
  )
})
