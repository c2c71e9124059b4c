// Where a definition was written: the first stack frame outside brine's runtime, however the
// runtime's own frames are shown.
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { callSite, siteInStack } from '../../src/runtime/call-site.ts'

const cwd = process.cwd()

describe('callSite', () => {
  test('names the caller’s file, line and column', () => {
    const site = callSite()
    expect(site).toEqual({ uri: 'test/runtime/call-site.test.ts', line: 11, column: 18 })
  })

  test('skips runtime frames that a relocated source map shows under another folder', () => {
    // A package built in one place and installed in another: its maps point at a src/ that is neither
    // the package's dist/runtime nor its src/runtime.
    const elsewhere = join(cwd, 'somewhere/src/runtime')
    const stack = [
      'Error',
      `    at callSite (${elsewhere}/call-site.ts:20:17)`,
      `    at SupportRegistry.defineStep (${elsewhere}/support-registry.ts:33:12)`,
      `    at Given (file://${elsewhere}/behave/define-step.ts:5:3)`,
      '    at node:internal/modules/esm/module_job:1:1',
      `    at ${join(cwd, 'steps/cart.steps.ts')}:7:1`,
    ].join('\n')
    expect(siteInStack(stack)).toEqual({ uri: 'steps/cart.steps.ts', line: 7, column: 1 })
  })

  test('a folder that only starts like the runtime’s is the caller’s', () => {
    const runtime = join(cwd, 'lib/runtime')
    const stack = ['Error', `    at callSite (${runtime}/call-site.js:1:1)`, `    at ${runtime}-steps/a.js:3:4`].join(
      '\n',
    )
    expect(siteInStack(stack)).toEqual({ uri: 'lib/runtime-steps/a.js', line: 3, column: 4 })
  })

  test('a stack with no frame outside the runtime gives an unknown site', () => {
    expect(siteInStack('Error\n    at callSite (/x/runtime/call-site.js:1:1)')).toEqual({
      uri: 'unknown',
      line: 0,
      column: 0,
    })
  })
})
