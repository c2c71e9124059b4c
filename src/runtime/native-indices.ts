// Cucumber Expressions find argument positions through a polyfill of RegExp match indices that
// redefines a property on every match result and parses the regexp with regexp-tree: most of a
// step lookup's cost. Node has native indices (the `d` flag), which give the same groups.
import type { Expression } from '@cucumber/cucumber-expressions'

interface GroupBuilderLike {
  build(match: RegExpExecArray, nextGroupIndex: () => number): unknown
}

interface TreeRegexpLike {
  regexp: RegExp
  groupBuilder: GroupBuilderLike
  match(text: string): unknown
}

/**
 * Makes `expression` match through a native `d`-flag copy of its regexp. Left alone when its
 * regexp keeps state between matches (g, y) or already has indices, or when the library's
 * internals are not the shape this expects.
 */
export function useNativeIndices<E extends Expression>(expression: E): E {
  const tree = (expression as unknown as { treeRegexp?: TreeRegexpLike }).treeRegexp
  if (!tree || !(tree.regexp instanceof RegExp) || typeof tree.groupBuilder?.build !== 'function') return expression
  if (/[gyd]/.test(tree.regexp.flags)) return expression
  const regexp = new RegExp(tree.regexp.source, `${tree.regexp.flags}d`)
  tree.match = (text: string) => {
    const match = regexp.exec(text)
    if (!match) return null
    let groupIndex = 0
    return tree.groupBuilder.build(match, () => groupIndex++)
  }
  return expression
}
