// Every code block in README.md and docs/ is real. Each carries a marker saying where it comes
// from, and this test holds it to that: a file a test exercises (`file:`), output a test records
// (`output:`), commands run here in an example project (`run:`), commands CI runs (`ci`), the
// benchmark's command lines (`bench`, parsed by its option parser), or README's set-up for a new
// user (`new-user`, which the new-user CI job runs), or a block a named test reads and checks (`test`).
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { exec } from 'node:child_process'
import { promisify } from 'node:util'
import { afterAll, describe, expect, test } from 'vitest'
import { parseBenchArgs } from '../../scripts/bench/bench-options.ts'
import { commands, docBlocks, region, type DocBlock } from '../../scripts/docs/doc-blocks.ts'
import { readmeSetup } from '../../scripts/new-user/readme-setup.ts'
import { repoRoot } from '../support/fixture-project.ts'
import { linkedProject } from '../support/linked-project.ts'

const docs = [
  'README.md',
  ...readdirSync(join(repoRoot, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
]
const blocks = docs.flatMap((doc) => docBlocks(doc, readFileSync(join(repoRoot, doc), 'utf8')))
const where = (b: DocBlock) => `${b.doc}:${b.line}`
const of = (kind: string) => blocks.filter((b) => b.marker?.kind === kind).map((b) => [where(b), b] as const)
const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8')

/** Every test source, to find the test that writes a recorded output. */
const testSources = readdirSync(join(repoRoot, 'test'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => read(`test/${f}`))

test('the docs have code blocks, and each says where it comes from', () => {
  expect(blocks.length).toBeGreaterThan(20)
  const unmarked = blocks.filter(
    (b) => !['file', 'output', 'run', 'ci', 'bench', 'new-user', 'test'].includes(b.marker?.kind ?? ''),
  )
  expect(unmarked.map(where)).toEqual([])
})

test.each(of('file'))('%s is the file it names', (_, block) => {
  const [path, name] = block.marker!.arg.split('#')
  expect(existsSync(join(repoRoot, path!)), `${path} exists`).toBe(true)
  expect(block.content).toBe(region(read(path!), name))
})

test.each(of('output'))('%s is the output a test records', (_, block) => {
  const path = block.marker!.arg
  expect(block.content).toBe(read(path).replace(/\n$/, ''))
  expect(testSources.some((source) => source.includes(path))).toBe(true)
})

test.each(of('ci'))('%s is what CI runs', (_, block) => {
  const ci = read('.ci/run')
  for (const command of commands(block.content)) expect(ci).toContain(command.replace(/\s+#.*$/, ''))
})

test.each(of('bench'))('%s are command lines the benchmark accepts', (_, block) => {
  const lines = commands(block.content)
  expect(lines.length).toBeGreaterThan(0)
  for (const line of lines.map((l) => l.replace(/\s+#.*$/, ''))) {
    expect(line).toMatch(/^npm run bench( -- |$)/)
    const args = line.replace(/^npm run bench( --)?/, '').trim()
    expect(() => parseBenchArgs(args ? args.split(/\s+/) : [])).not.toThrow()
  }
})

test.each(of('test'))('%s is checked by the test it names', (_, block) => {
  const source = read(block.marker!.arg)
  expect(source).toContain(block.doc)
  expect(source).toMatch(/\bexpect\(/)
})

test.each(of('new-user'))('%s is what the new-user CI job runs', (_, block) => {
  // The job takes its commands from README's set-up section through readmeSetup(), and CI runs the job.
  expect(block.doc).toBe('README.md')
  expect(readmeSetup(read('README.md')).commands).toEqual(commands(block.content))
  expect(read('.ci/run')).toContain('bash scripts/new-user/run.sh')
  expect(read('scripts/new-user/run.sh')).toContain('scripts/new-user/write-setup.ts')
})

describe.each(of('run'))('%s runs', (_, block) => {
  const [dir, ...options] = block.marker!.arg.split(/\s+/)
  const exit = Number(options.find((o) => o.startsWith('exit='))?.slice(5) ?? 0)
  const project = linkedProject({ built: true })
  cpSync(join(repoRoot, dir!), project.dir, { recursive: true })
  afterAll(() => project.remove())
  // Run asynchronously: a blocked worker cannot answer Vitest's RPC.
  test.each(commands(block.content))(
    `in ${dir}: %s`,
    async (command) => {
      let code = 0
      try {
        await promisify(exec)(command, { cwd: project.dir, env: { ...process.env, CI: '1', FORCE_COLOR: '0' } })
      } catch (error) {
        code = (error as { code: number }).code
      }
      expect(code).toBe(exit)
    },
    180_000,
  )
})
