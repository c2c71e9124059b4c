// docs/behave-dialect.md shows real code: its vitest.config.ts is the one the migration writes for
// its behave.ini, the note it quotes is the report's, and the config that turns the dialect on is
// the basket example's (README's set-up) with the option added.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { readBehaveSettings } from '../../src/migrate/behave/behave-settings.ts'
import { brineConfigPlan } from '../../src/migrate/behave/brine-config.ts'
import { vitestConfigSource } from '../../src/migrate/behave/vitest-config-file.ts'
import { repoRoot } from '../support/fixture-project.ts'

const doc = readFileSync(join(repoRoot, 'docs/behave-dialect.md'), 'utf8')
const blocks = (language: string) =>
  [...doc.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1]!)

test('the behave.ini example gives the vitest.config.ts and the note the page shows', () => {
  const [ini] = blocks('ini')
  const [, config] = blocks('ts')
  const dir = mkdtempSync(join(tmpdir(), 'brine-doc-'))
  try {
    writeFileSync(join(dir, 'behave.ini'), ini!)
    const plan = brineConfigPlan(readBehaveSettings(dir), {
      source: dir,
      root: dir,
      out: join(dir, 'steps'),
      base: join(dir, 'features'),
      version: '1.2',
    })
    expect(vitestConfigSource(plan.options)).toBe(config)
    for (const note of plan.notes.filter((n) => n.includes('not applied'))) expect(doc).toContain(`\`${note}\``)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('turning the dialect on is the basket example’s config with the option', () => {
  const basket = readFileSync(join(repoRoot, 'docs/examples/basket/vitest.config.ts'), 'utf8')
  const [on] = blocks('ts')
  expect(on).toBe(basket.replace('brine()', "brine({ dialect: 'behave' })"))
})
