// Scoped step definitions: a definition can be limited to feature files, scenarios or a tag
// expression (as Reqnroll's [Scope] bindings), so one step text can have a different body in
// different places. A lookup only sees the definitions whose scope takes in the step's scenario.
import { tagFilter } from './scenario-tags.js'

/** Where a definition applies. Every criterion given must hold (AND); a list of scopes is an OR. */
export interface StepScope {
  /** Feature files, as globs on their path from the project root: `features/cart/**`, `features/a.feature`. */
  feature?: string | readonly string[]
  /** Scenarios by name, or by line (the Scenario / Scenario Outline line, or an Examples row's line). */
  scenario?: string | number | readonly (string | number)[]
  /** A Cucumber tag expression on the scenario's tags (inherited from Feature, Rule and Examples). */
  tags?: string
}

/** Where a step is looked up: its scenario. */
export interface ScenarioPlace {
  /** Feature file path from the project root, forward slashes. */
  uri: string
  /** The scenario (pickle) name. */
  name: string
  /** The scenario's line, or its Examples row's line. */
  line: number
  /** The Scenario / Scenario Outline line. */
  scenarioLine: number
  tags: readonly string[]
}

export type ScopeTest = (place: ScenarioPlace | undefined) => boolean

/**
 * The test a definition's scope makes. Without a scope a definition applies everywhere; with one,
 * only where the place is known and inside it. Throws a clear error for a malformed scope.
 */
export function scopeTest(scope: StepScope | readonly StepScope[] | undefined): ScopeTest {
  if (scope === undefined) return () => true
  const scopes = (Array.isArray(scope) ? scope : [scope]) as readonly StepScope[]
  const tests = scopes.map(oneScope)
  return (place) => place !== undefined && tests.some((test) => test(place))
}

function oneScope(scope: StepScope): (place: ScenarioPlace) => boolean {
  if (typeof scope !== 'object' || scope === null)
    throw new TypeError(`A step scope is an object, got ${String(scope)}`)
  const unknown = Object.keys(scope).filter((key) => !['feature', 'scenario', 'tags'].includes(key))
  if (unknown.length) {
    throw new TypeError(`Unknown step scope ${plural(unknown)} ${unknown.join(', ')}: use feature, scenario or tags`)
  }
  const features = list(scope.feature).map((glob) => {
    if (typeof glob !== 'string' || !glob) throw new TypeError('A scope feature is a non-empty glob string')
    return globRegExp(glob)
  })
  const scenarios = list(scope.scenario)
  for (const s of scenarios) {
    if (typeof s !== 'string' && !(typeof s === 'number' && Number.isInteger(s))) {
      throw new TypeError(`A scope scenario is a name or a line number, got ${String(s)}`)
    }
  }
  const tags = scope.tags === undefined ? undefined : tagFilter(scope.tags)
  return (place) =>
    (features.length === 0 || features.some((glob) => glob.test(place.uri))) &&
    (scenarios.length === 0 ||
      scenarios.some((s) =>
        typeof s === 'number' ? s === place.line || s === place.scenarioLine : s === place.name,
      )) &&
    (tags === undefined || tags(place.tags))
}

/** How reports show a scope: `feature features/a.feature, scenario "Pay" or 12; or tags @x`. */
export function describeScope(scope: StepScope | readonly StepScope[]): string {
  const scopes = (Array.isArray(scope) ? scope : [scope]) as readonly StepScope[]
  return scopes
    .map((s) => {
      const parts: string[] = []
      const features = list(s.feature)
      const scenarios = list(s.scenario)
      if (features.length) parts.push(`feature ${features.join(' or ')}`)
      if (scenarios.length) {
        parts.push(
          `scenario ${scenarios.map((x) => (typeof x === 'number' ? `line ${x}` : JSON.stringify(x))).join(' or ')}`,
        )
      }
      if (s.tags !== undefined) parts.push(`tags ${s.tags}`)
      return parts.join(', ') || 'everywhere'
    })
    .join('; or ')
}

function list<T>(value: T | readonly T[] | undefined): readonly T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value as T]
}

function plural(items: readonly string[]): string {
  return items.length === 1 ? 'field' : 'fields'
}

/** `**` any folders, `*` any characters but `/`, `?` one of them, `{a,b}` either; the rest is literal. */
export function globRegExp(glob: string): RegExp {
  let source = ''
  let braces = 0
  glob = glob.replace(/^\.\//, '')
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!
    if (c === '*' && glob[i + 1] === '*') {
      // `**/` matches no folder as well as several.
      const slash = glob[i + 2] === '/'
      source += slash ? '(?:.*/)?' : '.*'
      i += slash ? 2 : 1
    } else if (c === '*') source += '[^/]*'
    else if (c === '?') source += '[^/]'
    else if (c === '{') {
      braces++
      source += '(?:'
    } else if (c === '}' && braces > 0) {
      braces--
      source += ')'
    } else if (c === ',' && braces > 0) source += '|'
    else source += c.replace(/[\\^$.|+()[\]{}]/g, '\\$&')
  }
  if (braces > 0) throw new TypeError(`Unclosed { in the scope glob ${glob}`)
  return new RegExp(`^${source}$`)
}
