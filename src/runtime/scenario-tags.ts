// Tags that change how a scenario runs in Vitest, and the run-time tag filter.
import parseTagExpression from '@cucumber/tag-expressions'
import type { Dialect } from '../types/feature-data.js'

export interface TagSettings {
  skip: boolean
  todo: boolean
  fails: boolean
  only: boolean
  concurrent: boolean
  sequential: boolean
  retry: number | undefined
  timeout: number | undefined
}

/**
 * How the tags make a scenario run. Under behave's dialect no tag does: behave 1.2.6 runs @wip,
 * @skip or @only scenarios like any other (tags only select, and the user's hooks read them).
 */
export function readTags(tags: readonly string[], dialect: Dialect = 'gherkin'): TagSettings {
  const has = (...names: string[]) => dialect === 'gherkin' && tags.some((t) => names.includes(t.toLowerCase()))
  return {
    skip: has('@skip', '@ignore'),
    todo: has('@todo', '@wip'),
    fails: has('@fails'),
    only: has('@only'),
    concurrent: has('@concurrent'),
    sequential: has('@sequential'),
    retry: numberTag(tags, '@retries:', dialect),
    timeout: numberTag(tags, '@timeout:', dialect),
  }
}

/** The last `@name:N` tag wins, so a Scenario's tag overrides its Feature's. */
function numberTag(tags: readonly string[], prefix: string, dialect: Dialect): number | undefined {
  if (dialect !== 'gherkin') return undefined
  let value: number | undefined
  for (const tag of tags) {
    if (tag.toLowerCase().startsWith(prefix)) {
      const n = Number(tag.slice(prefix.length))
      if (Number.isFinite(n) && n >= 0) value = n
    }
  }
  return value
}

const filters = new Map<string, (tags: readonly string[]) => boolean>()

/** A predicate for a Cucumber tag expression such as `@smoke and not @slow`. */
export function tagFilter(expression: string | undefined): (tags: readonly string[]) => boolean {
  if (!expression?.trim()) return () => true
  let filter = filters.get(expression)
  if (!filter) {
    const node = parseTagExpression(expression)
    filter = (tags) => node.evaluate([...tags])
    filters.set(expression, filter)
  }
  return filter
}
