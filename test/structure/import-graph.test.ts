// Dependencies between src/ folders point one way: the folder graph has no cycle, and nothing
// imports the command line, which sits on top.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'

const src = fileURLToPath(new URL('../../src/', import.meta.url))
const SPECIFIER = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g

/** The top folder under src/ (or '.' for a root file such as version.ts). */
const folderOf = (file: string) => {
  const parts = relative(src, file).split(sep)
  return parts.length > 1 ? parts[0]! : '.'
}

function folderGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>()
  for (const entry of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
    if (!entry.endsWith('.ts')) continue
    const file = join(src, entry)
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      const from = folderOf(file)
      const to = folderOf(resolve(dirname(file), specifier!))
      if (from === to) continue
      if (!graph.has(from)) graph.set(from, new Map())
      // One example import per edge, to name in a failure.
      if (!graph.get(from)!.has(to)) graph.get(from)!.set(to, `${entry} → ${specifier}`)
    }
  }
  return graph
}

function findCycle(graph: Map<string, Map<string, string>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>()
  const path: string[] = []
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node]
    state.set(node, 'open')
    path.push(node)
    for (const next of graph.get(node)?.keys() ?? []) {
      const cycle = visit(next)
      if (cycle) return cycle
    }
    path.pop()
    state.set(node, 'done')
    return undefined
  }
  for (const node of graph.keys()) {
    const cycle = visit(node)
    if (cycle) return cycle
  }
  return undefined
}

const graph = folderGraph()

test('the graph is read from the sources', () => {
  expect(graph.get('cli')?.has('check')).toBe(true)
  expect(graph.get('behave')?.has('runtime')).toBe(true)
})

test('no cycle between src/ folders', () => {
  const cycle = findCycle(graph)
  const edges = cycle?.slice(1).map((to, i) => graph.get(cycle[i]!)!.get(to))
  expect(edges ?? []).toEqual([])
})

test('a cycle is found when there is one', () => {
  const looped = new Map([
    ['a', new Map([['b', 'a.ts → ../b/x.js']])],
    ['b', new Map([['a', 'b.ts → ../a/y.js']])],
  ])
  expect(findCycle(looped)).toEqual(['a', 'b', 'a'])
})

test('nothing outside src/cli imports it, and the core runtime knows no behave', () => {
  const importers = [...graph].filter(([, to]) => to.has('cli')).map(([from]) => from)
  expect(importers).toEqual([])
  expect(graph.get('runtime')?.has('behave') ?? false).toBe(false)
})
