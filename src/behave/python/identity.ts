// Python's id(): a number that stays the same for one object while it lives, and differs between
// objects alive together. Numbers and strings get theirs from their value.
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */

const ids = new WeakMap<object, number>()
const valueIds = new Map<unknown, number>()
let next = 1

export function id(x: any): number {
  if (x !== null && (typeof x === 'object' || typeof x === 'function')) {
    let n = ids.get(x)
    if (n === undefined) ids.set(x, (n = next++))
    return n
  }
  let n = valueIds.get(x)
  if (n === undefined) valueIds.set(x, (n = next++))
  return n
}
