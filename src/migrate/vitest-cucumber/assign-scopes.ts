// Gives each migrated definition the narrowest scope it needs so that every pickle step matches
// exactly the definition it ran under vitest-cucumber, where each scenario listed its own steps.
// Definitions start unscoped; one that matches a step it did not run for is limited to its
// feature files, and if that is not enough, to its scenarios. A step that still matches two is
// reported: the migration never adds an ambiguity silently.
import type { StepScope } from '../../runtime/step-scope.js'
import { expressionMatcher } from './expression-matcher.js'
import type { FeatureIndex, PickleEntry } from './feature-index.js'

export interface ScopedDefinition {
  expression: string
  /** Where it was written, for messages. */
  origin: string
  /** The pickles it ran for. */
  pickles: Set<PickleEntry>
  /** The feature files of the describeFeature blocks that declared it. */
  homes: Set<string>
  level: 'none' | 'feature' | 'scenario'
}

/** Each pickle's steps and the definition each one ran (undefined: nothing in the spec matched it). */
export type Intended = Map<PickleEntry, (ScopedDefinition | undefined)[]>

/** Assigns levels; returns the problems left, by feature uri. */
export function assignScopes(definitions: ScopedDefinition[], intended: Intended): Map<string, string[]> {
  const matcher = expressionMatcher()
  const byText = new Map<string, ScopedDefinition[]>()
  const candidates = (text: string) => {
    let found = byText.get(text)
    if (!found) byText.set(text, (found = definitions.filter((d) => matcher(d.expression, text))))
    return found
  }
  const features = (d: ScopedDefinition) => new Set([...d.homes, ...[...d.pickles].map((p) => p.place.uri)])
  const inScope = (d: ScopedDefinition, pickle: PickleEntry) =>
    d.level === 'none' || (d.level === 'feature' ? features(d).has(pickle.place.uri) : d.pickles.has(pickle))
  for (let changed = true; changed;) {
    changed = false
    for (const [pickle, steps] of intended) {
      pickle.steps.forEach(({ text }, i) => {
        for (const other of candidates(text)) {
          if (other === steps[i] || !inScope(other, pickle)) continue
          if (other.level === 'none') other.level = 'feature'
          else if (other.level === 'feature' && !other.pickles.has(pickle)) other.level = 'scenario'
          else continue
          changed = true
        }
      })
    }
  }
  const problems = new Map<string, string[]>()
  const report = (uri: string, message: string) => {
    const list = problems.get(uri) ?? []
    if (!list.includes(message)) list.push(message)
    problems.set(uri, list)
  }
  for (const [pickle, steps] of intended) {
    pickle.steps.forEach(({ text }, i) => {
      const own = steps[i]
      const where = `${pickle.place.uri}, scenario "${pickle.place.name}"`
      if (!own) return report(pickle.place.uri, `step "${text}" (${where}) has no step in its spec`)
      if (!matcher(own.expression, text)) {
        return report(pickle.place.uri, `step "${text}" (${where}) does not match its definition '${own.expression}'`)
      }
      const others = candidates(text).filter((d) => d !== own && inScope(d, pickle))
      if (others.length) {
        const list = [own, ...others].map((d) => `'${d.expression}' (${d.origin})`).join(', ')
        report(
          pickle.place.uri,
          `step "${text}" (${where}) matches ${list}: one scenario uses them for different steps`,
        )
      }
    })
  }
  return problems
}

/** The scope a definition's level stands for; undefined for an unscoped one. */
export function scopeOf(d: ScopedDefinition, indexes: ReadonlyMap<string, FeatureIndex>): StepScope[] | undefined {
  if (d.level === 'none') return undefined
  const uris = [...new Set([...d.homes, ...[...d.pickles].map((p) => p.place.uri)])].sort()
  if (d.level === 'feature') return [{ feature: uris.length === 1 ? uris[0]! : uris }]
  const scopes: StepScope[] = []
  for (const uri of uris) {
    const pickles = [...d.pickles].filter((p) => p.place.uri === uri)
    if (pickles.length) scopes.push({ feature: uri, scenario: scenarioRefs(pickles, indexes.get(uri)!) })
  }
  return scopes
}

/** A scenario by its name where that is unique and fixed, else by its line (an outline's, or a row's). */
function scenarioRefs(pickles: PickleEntry[], index: FeatureIndex): string | number | (string | number)[] {
  const refs = new Set<string | number>()
  for (const pickle of pickles) {
    const { scenario, place } = pickle
    const rows = index.pickles.filter((p) => p.scenario === scenario)
    const allRows = rows.every((row) => pickles.includes(row))
    if (allRows && index.names.get(scenario.name) === 1 && !scenario.name.includes('<')) refs.add(scenario.name)
    else refs.add(allRows ? scenario.line : place.line)
  }
  const list = [...refs]
  return list.length === 1 ? list[0]! : list
}
