import { describe, expect, test } from 'vitest'
import type { CliIo } from '../../src/cli-io.ts'
import { main } from '../../src/cli/main.ts'
import { version } from '../../src/version.ts'

function io(argv: string[]) {
  const out = { stdout: '', stderr: '' }
  const cli: CliIo = {
    argv,
    cwd: process.cwd(),
    env: {},
    stdout: (t) => (out.stdout += t),
    stderr: (t) => (out.stderr += t),
  }
  return { cli, out }
}

describe('brine CLI', () => {
  test('help lists the commands', async () => {
    const { cli, out } = io(['--help'])
    expect(await main(cli)).toBe(0)
    expect(out.stdout).toContain('Usage: brine <command>')
    expect(out.stdout).toContain('version')
    await expect(out.stdout).toMatchFileSnapshot('../../docs/examples/output/brine-help.txt')
  })

  test('no command prints usage and is a usage error (exit 2)', async () => {
    const { cli, out } = io([])
    expect(await main(cli)).toBe(2)
    expect(out.stdout).toContain('Usage: brine <command>')
  })

  test('an unknown command is a usage error (exit 2)', async () => {
    const { cli, out } = io(['frobnicate'])
    expect(await main(cli)).toBe(2)
    expect(out.stderr).toContain('brine: unknown command "frobnicate"')
  })

  test('version prints the package version', async () => {
    for (const argv of [['--version'], ['version']]) {
      const { cli, out } = io(argv)
      expect(await main(cli)).toBe(0)
      expect(out.stdout).toBe(`${version}\n`)
    }
    expect(version).toMatch(/^\d+\.\d+\.\d+/)
  })
})
