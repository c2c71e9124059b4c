// README's "Using brine in a project" is what `brine init` and the new-user CI job do: the job runs
// the commands and writes the files that readmeSetup() reads from README, and these are the ones
// init runs and writes.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { readmeSetup } from '../../scripts/new-user/readme-setup.ts'
import { NEW_CONFIG, SCRIPTS } from '../../src/init/example-files.ts'
import { repoRoot } from '../support/fixture-project.ts'

const setup = readmeSetup(readFileSync(join(repoRoot, 'README.md'), 'utf8'))

test('the set-up commands are the install, brine init, and the npm script init adds', () => {
  expect(setup.commands).toEqual(['npm install --save-dev brine vitest', 'npx brine init', 'npm run features'])
  expect(Object.keys(SCRIPTS)).toContain('features')
})

test('set up by hand, the config is the one brine init writes, and the example has a feature and its steps', () => {
  expect(setup.files['vitest.config.ts']).toBe(NEW_CONFIG)
  expect(Object.keys(setup.files).sort()).toEqual([
    'features/basket.feature',
    'steps/basket.steps.ts',
    'vitest.config.ts',
  ])
})

test('a README without the section or its marked block is refused, not read as empty', () => {
  expect(() => readmeSetup('# brine\n')).toThrow('README.md has no "## Using brine in a project" section')
  expect(() => readmeSetup('## Using brine in a project\n\n```sh\nnpm i\n```\n')).toThrow('no <!-- new-user --> block')
})

test('CI runs the new-user job', () => {
  expect(readFileSync(join(repoRoot, '.ci/run'), 'utf8')).toContain('bash scripts/new-user/run.sh')
})
