// `brine init` as a function of a directory: adds what is missing, never overwrites, and says
// what it did, one line per file or script.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { addBrineToConfig } from './edit-config.js'
import { EXAMPLE_FEATURE, EXAMPLE_STEPS, NEW_CONFIG, SCRIPTS } from './example-files.js'

export interface InitResult {
  /** One line per action, e.g. `created features/example.feature`. */
  lines: string[]
  /** False when a step could not be done and needs the user's hand. */
  ok: boolean
}

const CONFIG_NAMES = ['vitest.config', 'vite.config'].flatMap((base) =>
  ['ts', 'mts', 'js', 'mjs', 'cts', 'cjs'].map((ext) => `${base}.${ext}`),
)

export async function initProject(dir: string): Promise<InitResult> {
  const result: InitResult = { lines: [], ok: true }
  await addConfig(dir, result)
  createFile(dir, 'features/example.feature', EXAMPLE_FEATURE, result)
  createFile(dir, 'steps/example.steps.ts', EXAMPLE_STEPS, result)
  addScripts(dir, result)
  return result
}

async function addConfig(dir: string, result: InitResult): Promise<void> {
  // Vitest reads vitest.config.* first, else vite.config.*: edit the one it reads.
  const name = CONFIG_NAMES.find((file) => existsSync(join(dir, file)))
  if (!name) {
    // In a CommonJS package (npm init writes "type": "commonjs") Vite would load a .ts config as
    // CommonJS, which works but makes Vite 8 warn that its native loader will not: .mts is ESM anywhere.
    createFile(dir, isCommonJsPackage(dir) ? 'vitest.config.mts' : 'vitest.config.ts', NEW_CONFIG, result)
    return
  }
  let ts: typeof import('typescript')
  try {
    ts = (await import('typescript')).default
  } catch {
    manual(result, name, 'the TypeScript compiler (npm package typescript) is needed to edit it')
    return
  }
  const edit = addBrineToConfig(ts, name, readFileSync(join(dir, name), 'utf8'))
  if (edit.status === 'present') result.lines.push(`kept    ${name} (already uses brine)`)
  else if (edit.status === 'unsupported') manual(result, name, edit.reason)
  else {
    writeFileSync(join(dir, name), edit.text)
    result.lines.push(`edited  ${name} (added brine() to plugins)`)
  }
}

/** A package.json without "type": "module" (init writes one with it when there is none). */
function isCommonJsPackage(dir: string): boolean {
  const file = join(dir, 'package.json')
  return existsSync(file) && (JSON.parse(readFileSync(file, 'utf8')) as PackageJson).type !== 'module'
}

function manual(result: InitResult, name: string, reason: string): void {
  result.ok = false
  result.lines.push(
    `left    ${name} unchanged: ${reason}`,
    `        add it by hand: import { brine } from 'brine/plugin', then plugins: [brine()]`,
  )
}

function createFile(dir: string, path: string, content: string, result: InitResult): void {
  const file = join(dir, path)
  if (existsSync(file)) {
    result.lines.push(`kept    ${path} (exists)`)
    return
  }
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, content)
  result.lines.push(`created ${path}`)
}

interface PackageJson {
  name?: string
  type?: string
  scripts?: Record<string, string>
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
  [key: string]: unknown
}

function addScripts(dir: string, result: InitResult): void {
  const file = join(dir, 'package.json')
  const exists = existsSync(file)
  const pkg: PackageJson = exists
    ? (JSON.parse(readFileSync(file, 'utf8')) as PackageJson)
    : {
        name: basename(dir)
          .toLowerCase()
          .replace(/[^a-z0-9-]+/g, '-'),
        private: true,
        type: 'module',
      }
  pkg.scripts ??= {}
  const added: string[] = []
  for (const [name, command] of Object.entries(SCRIPTS)) {
    if (pkg.scripts[name] !== undefined) result.lines.push(`kept    npm script "${name}" (exists)`)
    else {
      pkg.scripts[name] = command
      added.push(name)
    }
  }
  if (exists && added.length === 0) return
  const indent = exists ? (/^\{\n([ \t]+)/.exec(readFileSync(file, 'utf8'))?.[1] ?? '  ') : '  '
  writeFileSync(file, `${JSON.stringify(pkg, null, indent)}\n`)
  if (!exists) result.lines.push('created package.json')
  for (const name of added) result.lines.push(`added   npm script "${name}": ${SCRIPTS[name]}`)
  const deps = { ...pkg.dependencies, ...pkg.devDependencies }
  const missing = ['brine', 'vitest'].filter((name) => !deps[name])
  if (missing.length) result.lines.push(`next    npm install --save-dev ${missing.join(' ')}`)
}
