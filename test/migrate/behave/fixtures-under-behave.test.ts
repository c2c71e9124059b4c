// The behave fixture projects are real behave suites: each passes under Debian's behave before it is
// migrated (broken/ is the exception on purpose: one of its step files does not parse).
import { execFile, execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { repoRoot } from '../../support/fixture-project.ts'

const behave = (() => {
  try {
    return execFileSync('behave', ['--version'], { encoding: 'utf8' }).trim()
  } catch {
    return undefined
  }
})()
if (!behave) console.warn('fixtures-under-behave.test.ts: behave is not on PATH; skipped')

test.skipIf(!behave).each(['simple', 'library', 'constructs'])('%s passes under behave', async (name) => {
  const cwd = join(repoRoot, 'test/fixtures/migrate/behave', name)
  const { code, stdout } = await new Promise<{ code: number; stdout: string }>((done) => {
    execFile(
      'behave',
      ['--no-color', '--format', 'progress', '--no-snippets'],
      { cwd, env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } },
      (error, stdout) => done({ code: error ? Number(error.code ?? 1) : 0, stdout }),
    )
  })
  expect(stdout).toMatch(/ 0 failed, 0 skipped\n.* 0 failed, 0 skipped\n.* 0 failed, 0 skipped, 0 undefined/)
  expect(code).toBe(0)
})
