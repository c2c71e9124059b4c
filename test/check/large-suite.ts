// Writes a suite of the size brine check must handle in seconds: 339 features of 5 scenarios of
// 5 steps after a one-step Background, against 200 definitions in 20 step files.
export const FEATURES = 339
const STEP_FILES = 20
const PER_FILE = 10

/** Definition k: every fourth of each file is a RegExp, the rest Cucumber Expressions. */
const isRegExp = (k: number) => (k % PER_FILE) % 4 === 0

export function largeSuite(): Record<string, string> {
  const files: Record<string, string> = {}
  for (let f = 0; f < STEP_FILES; f++) {
    const lines = ["import { Given, Then, When } from 'brine'", "import { expect } from 'vitest'", '']
    for (let d = 0; d < PER_FILE; d++) {
      const k = f * PER_FILE + d
      const define = ['Given', 'When', 'Then'][d % 3]
      lines.push(
        isRegExp(k)
          ? `${define}(/^the regexp step ${k} with (\\d+) items$/, (_world, n) => expect(n).toBeDefined())`
          : `${define}('action ${k} uses {int} things named {string}', (world, n, s) => { world.x = n + s })`,
      )
    }
    files[`steps/s${String(f).padStart(2, '0')}.steps.ts`] = lines.join('\n') + '\n'
  }
  for (let i = 0; i < FEATURES; i++) {
    const background = isRegExp((i * 7) % 200) ? (i * 7 + 1) % 200 : (i * 7) % 200
    const lines = [`Feature: feature ${i}`, '', '  Background:', `    Given ${stepText(background, 1, i)}`, '']
    for (let s = 0; s < 5; s++) {
      lines.push(`  Scenario: scenario ${s}`)
      for (let st = 0; st < 5; st++) {
        const keyword = ['Given', 'When', 'Then', 'And', 'But'][st]
        lines.push(`    ${keyword} ${stepText((i * 31 + s * 7 + st * 3) % 200, st + s, i)}`)
      }
      lines.push('')
    }
    files[`features/f${String(i).padStart(3, '0')}.feature`] = lines.join('\n')
  }
  return files
}

function stepText(k: number, n: number, feature: number): string {
  return isRegExp(k) ? `the regexp step ${k} with ${n} items` : `action ${k} uses ${n} things named "n${feature}"`
}
