// itertools: the finite tools return lists (what migrated code iterates or indexes), the
// infinite ones (count, cycle, repeat without times) generators.
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { iter } from '../iteration.js'
import { splitKwargs } from '../kwargs.js'
import { add, eq, truthy } from '../operators.js'
import { pyModule } from '../registry.js'

const all = (xs: any): any[] => [...iter(xs)]

function* count(start = 0, step = 1) {
  for (let i = start; ; i += step) yield i
}
function* cycle(xs: any) {
  const saved = all(xs)
  if (!saved.length) return
  for (;;) yield* saved
}
function repeat(x: any, times?: number): any {
  if (times === undefined)
    return (function* () {
      for (;;) yield x
    })()
  return Array.from({ length: Math.max(0, times) }, () => x)
}

function chain(...xs: any[]): any[] {
  return xs.flatMap(all)
}
chain.from_iterable = (xs: any): any[] => all(xs).flatMap(all)

function islice(xs: any, ...args: (number | null)[]): any[] {
  const [start, stop, step] = args.length === 1 ? [0, args[0], 1] : [args[0] ?? 0, args[1] ?? null, args[2] ?? 1]
  const out: any[] = []
  let i = 0
  for (const x of iter(xs)) {
    if (stop !== null && i >= stop!) break
    if (i >= start! && (i - start!) % step! === 0) out.push(x)
    i++
  }
  return out
}

function product(...args: any[]): any[][] {
  const [lists, { repeat: times = 1 }] = splitKwargs(args)
  const pools = Array.from({ length: times }, () => lists.map(all)).flat()
  return pools.reduce<any[][]>((acc, pool) => acc.flatMap((prefix) => pool.map((x: any) => [...prefix, x])), [[]])
}

function permutations(xs: any, r?: number | null): any[][] {
  const pool = all(xs)
  const size = r ?? pool.length
  const out: any[][] = []
  const walk = (prefix: number[]) => {
    if (prefix.length === size) return void out.push(prefix.map((i) => pool[i]))
    for (let i = 0; i < pool.length; i++) if (!prefix.includes(i)) walk([...prefix, i])
  }
  if (size <= pool.length) walk([])
  return out
}

function combinations(xs: any, r: number, replace = false): any[][] {
  const pool = all(xs)
  const out: any[][] = []
  const walk = (start: number, prefix: any[]) => {
    if (prefix.length === r) return void out.push(prefix)
    for (let i = start; i < pool.length; i++) walk(replace ? i : i + 1, [...prefix, pool[i]])
  }
  walk(0, [])
  return out
}

function groupby(...args: any[]): [any, any[]][] {
  const [[xs, keyArg = null], kwargs] = splitKwargs(args)
  const key: ((x: any) => any) | null = kwargs.key ?? keyArg
  const out: [any, any[]][] = []
  for (const x of iter(xs)) {
    const k = key ? key(x) : x
    const last = out.at(-1)
    if (last && eq(last[0], k)) last[1].push(x)
    else out.push([k, [x]])
  }
  return out
}

function accumulate(xs: any, ...args: any[]): any[] {
  const [[fn = null], { initial = undefined, func = fn }] = splitKwargs(args)
  const out: any[] = initial === undefined ? [] : [initial]
  for (const x of iter(xs)) out.push(out.length ? (func ? func(out.at(-1), x) : add(out.at(-1), x)) : x)
  return out
}

function zip_longest(...args: any[]): any[][] {
  const [lists, { fillvalue = null }] = splitKwargs(args)
  const arrays = lists.map(all)
  const size = Math.max(0, ...arrays.map((a) => a.length))
  return Array.from({ length: size }, (_, i) => arrays.map((a) => (i < a.length ? a[i] : fillvalue)))
}

export const itertools = pyModule('itertools', {
  count,
  cycle,
  repeat,
  chain,
  islice,
  product,
  permutations,
  combinations: (xs: any, r: number) => combinations(xs, r),
  combinations_with_replacement: (xs: any, r: number) => combinations(xs, r, true),
  groupby,
  accumulate,
  zip_longest,
  takewhile: (f: any, xs: any) => {
    const out: any[] = []
    for (const x of iter(xs)) {
      if (!truthy(f(x))) break
      out.push(x)
    }
    return out
  },
  dropwhile: (f: any, xs: any) => {
    const items = all(xs)
    const at = items.findIndex((x) => !truthy(f(x)))
    return at < 0 ? [] : items.slice(at)
  },
  filterfalse: (f: any, xs: any) => all(xs).filter((x) => !truthy(f === null ? x : f(x))),
  compress: (xs: any, selectors: any) => {
    const s = all(selectors)
    return all(xs).filter((_, i) => truthy(s[i]))
  },
  starmap: (f: any, xs: any) => all(xs).map((args) => f(...all(args))),
  pairwise: (xs: any) => {
    const items = all(xs)
    return items.slice(1).map((x, i) => [items[i], x])
  },
  tee: (xs: any, n = 2) => {
    const items = all(xs)
    return Array.from({ length: n }, () => [...items])
  },
})
