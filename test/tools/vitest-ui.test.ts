// Vitest UI on a brine project, in headless Chromium: the explorer lists the feature and its
// scenarios, and a scenario's Code tab shows the .feature source. Loopback addresses only.
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { generateFileHash } from '@vitest/runner/utils'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { fixtureProject, repoRoot } from '../support/fixture-project.ts'

const project = fixtureProject({
  'features/cart.feature': `Feature: Cart

  Scenario: Add one item
    Given an empty cart

  Scenario: Too many items
    Given an empty cart
`,
  'steps/cart.steps.ts': "import { Given } from 'brine'\n\nGiven('an empty cart', () => {})\n",
})

let ui: ChildProcess | undefined
let browser: Browser | undefined
let page: Page

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

/** Starts `vitest --ui` and resolves with the URL it prints once the UI is up. */
function startUi(port: number): Promise<string> {
  const vitest = join(repoRoot, 'node_modules/vitest/vitest.mjs')
  const args = ['--ui', '--watch', '--open=false', `--api.port=${port}`, '--api.host=127.0.0.1', '--api.strictPort']
  const child = spawn(process.execPath, [vitest, ...args], {
    cwd: project.dir,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', CI: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  ui = child
  return new Promise((resolve, reject) => {
    let output = ''
    const onData = (data: Buffer) => {
      output += data.toString()
      const url = /UI started at (http:\/\/127\.0\.0\.1:\d+\/__vitest__\/)/.exec(output)?.[1]
      if (url) resolve(url)
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.on('exit', (code) => reject(new Error(`vitest --ui exited (${code}):\n${output}`)))
  })
}

beforeAll(async () => {
  const url = await startUi(await freePort())
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  page = await browser.newPage()
  // Open the UI on the second scenario, as a click in the tree would: the tree expands to show
  // it whatever state it starts in. Test ids are the file's hash, then the suite and test indices.
  const file = generateFileHash('features/cart.feature', 'features')
  await page.goto(`${url}#/?file=${file}&test=${file}_0_1`)
}, 60_000)
afterAll(async () => {
  await browser?.close()
  ui?.kill()
  project.remove()
})

test('the explorer shows the feature file and its scenarios, passed', async () => {
  const body = () => page.innerText('body')
  await expect.poll(body, { timeout: 20_000 }).toContain('PASS (1)')
  await expect.poll(body, { timeout: 10_000 }).toContain('Add one item')
  expect(await body()).toContain('features/cart.feature')
  expect(await body()).toContain('Too many items')
}, 30_000)

test("a scenario's report shows brine's result, and its Code tab the .feature source", async () => {
  const body = () => page.innerText('body')
  await expect.poll(body, { timeout: 10_000 }).toContain('"name": "Too many items"')
  expect(await body()).toContain('"uri": "features/cart.feature"')
  await page.getByText('Code', { exact: true }).first().click()
  await expect.poll(body, { timeout: 10_000 }).toContain('Scenario: Too many items')
  expect(await body()).toContain('Feature: Cart')
}, 30_000)
