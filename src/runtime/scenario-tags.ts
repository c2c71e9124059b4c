// Tags that change how a scenario runs in Vitest, and the run-time tag filter.
import parseTagExpression from '@cucumber/tag-expressions'

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

export function readTags(tags: readonly string[]): TagSettings {
  const has = (...names: string[]) => tags.some((t) => names.includes(t.toLowerCase()))
  return {
    skip: has('@skip', '@ignore'),
    todo: has('@todo', '@wip'),
    fails: has('@fails'),
    only: has('@only'),
    concurrent: has('@concurrent'),
    sequential: has('@sequential'),
    retry: numberTag(tags, '@retries:'),
    timeout: numberTag(tags, '@timeout:'),
  }
}

/** The last `@name:N` tag wins, so a Scenario's tag overrides its Feature's. */
function numberTag(tags: readonly string[], prefix: string): number | undefined {
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
