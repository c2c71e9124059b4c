// Which behave version's matching rules to keep (1.2.x matches case-insensitively and ignores a
// trailing ':' on steps with a table or text; 1.3 does neither), and why that one.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export type BehaveVersion = '1.2' | '1.3'

export interface DetectedVersion {
  version: BehaveVersion
  reason: string
}

export interface DetectOptions {
  given?: BehaveVersion
  /** Runs `behave --version`; returns its output or undefined when behave is not on PATH. */
  runBehave?: () => string | undefined
}

export function detectBehaveVersion(project: string, options: DetectOptions = {}): DetectedVersion {
  if (options.given) return { version: options.given, reason: `given with --behave ${options.given}` }
  let unpinned: string | undefined
  for (const file of pinFiles(project)) {
    const spec = behaveRequirement(readFileSync(join(project, file), 'utf8'))
    // An unpinned `behave` says nothing about the version: the one installed decides.
    if (spec === '') unpinned ??= file
    else if (spec !== undefined) {
      return { version: versionAllowedBy(spec), reason: `pinned in ${file} (behave${spec})` }
    }
  }
  const output = (options.runBehave ?? behaveOnPath)()
  const installed = output?.match(/(\d+)\.(\d+)/)
  if (installed) {
    const version: BehaveVersion = Number(installed[1]) === 1 && Number(installed[2]) <= 2 ? '1.2' : '1.3'
    const listed = unpinned ? ` (${unpinned} lists behave without a version)` : ''
    return { version, reason: `\`behave --version\` on PATH printed "${output!.trim()}"${listed}` }
  }
  if (unpinned)
    return {
      version: '1.3',
      reason: `${unpinned} lists behave without a version (the newest, 1.3) and no behave on PATH`,
    }
  return { version: '1.3', reason: 'no pin in requirements*.txt, pyproject.toml or setup.cfg and no behave on PATH' }
}

function pinFiles(project: string): string[] {
  const names = existsSync(project) ? readdirSync(project).sort() : []
  const requirements = names.filter((n) => n.startsWith('requirements') && n.endsWith('.txt'))
  return [...requirements, ...['pyproject.toml', 'setup.cfg'].filter((n) => names.includes(n))]
}

/**
 * The version specifier of the first `behave` requirement in a requirements, pyproject or
 * setup.cfg text ('' for an unpinned one), undefined when behave is not listed.
 */
export function behaveRequirement(text: string): string | undefined {
  for (const raw of text.split('\n')) {
    const line = raw.split('#')[0]!
    let at = line.search(/(^|[\s"',[])behave($|[^\w.-])/)
    if (at < 0) continue
    at = line.indexOf('behave', at) + 'behave'.length
    let rest = line.slice(at).split(';')[0]!
    if (rest.startsWith('[')) rest = rest.slice(rest.indexOf(']') + 1)
    // poetry: behave = "^1.2.6"; setup.cfg / PEP 508: behave>=1.2.6,<1.3
    const poetry = rest.match(/^\s*=\s*["']([^"']*)["']/)
    const spec = poetry ? poetry[1]! : (rest.match(/^\s*([<>=!~^][^"'\]]*)/)?.[1] ?? '')
    return spec.replace(/\s+/g, '').replace(/,$/, '')
  }
  return undefined
}

type Triple = [number, number, number]

const parse = (v: string): Triple => {
  const [a = 0, b = 0, c = 0] = v.split('.').map((n) => Number.parseInt(n, 10) || 0)
  return [a, b, c]
}
const compare = (x: Triple, y: Triple): number => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]

/** The newest behave line (1.3, else 1.2) a specifier such as `>=1.2.6,<1.3` or `^1.2` allows. */
export function versionAllowedBy(spec: string): BehaveVersion {
  const clauses = spec
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean)
  const allows = (candidate: Triple) => clauses.every((clause) => satisfies(candidate, clause))
  return allows([1, 3, 99]) || !allows([1, 2, 6]) ? '1.3' : '1.2'
}

function satisfies(v: Triple, clause: string): boolean {
  const [, op = '==', target = ''] = clause.match(/^([<>=!~^]*)\s*(.*)$/)!
  const t = parse(target)
  const c = compare(v, t)
  const depth = target.split('.').length
  switch (op) {
    case '>=':
      return c >= 0
    case '>':
      return c > 0
    case '<=':
      return c <= 0
    case '<':
      return c < 0
    case '!=':
      return c !== 0
    case '~=':
    case '~':
      // ~=1.2.6 means >=1.2.6 and 1.2.*; ~=1.2 means >=1.2 and 1.*.
      return c >= 0 && (depth > 2 || op === '~' ? v[0] === t[0] && v[1] === t[1] : v[0] === t[0])
    case '^':
      return c >= 0 && v[0] === t[0]
    default:
      // == and poetry's bare version: a prefix match (1.2 allows 1.2.x).
      return target.includes('*') || depth < 3
        ? v.slice(0, depth).every((n, i) => n === t[i] || target.split('.')[i] === '*')
        : c === 0
  }
}

function behaveOnPath(): string | undefined {
  try {
    return execFileSync('behave', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10_000,
    })
  } catch {
    return undefined
  }
}
