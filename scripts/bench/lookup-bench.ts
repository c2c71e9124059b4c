// The in-process cost of finding one step's definition among N, through the index findStep uses
// and by trying every definition, on the corpus's own step texts: for Cucumber Expressions, and
// for the same definitions as behave parse patterns (brine/behave, behave 1.2's case folding).
import { BehaveMatcher } from '../../src/behave/behave-matcher.js'
import { setBehaveVersion } from '../../src/behave/version.js'
import { findStep } from '../../src/runtime/find-step.js'
import { SupportRegistry } from '../../src/runtime/support-registry.js'
import { buildCorpus, stepText } from './corpus.js'
import { defaults } from './bench-options.js'
import { cucumberPattern, parsePattern } from './write-gherkin.js'

export interface LookupFigures {
  definitions: number
  /** Mean time of one findStep, in microseconds. */
  indexedMicros: number
  /** Mean time of matching the text against every definition, in microseconds. */
  scanMicros: number
  /** The same for the definitions as behave parse patterns. */
  behaveIndexedMicros: number
  behaveScanMicros: number
}

export async function measureLookup(definitions: number, seed: number): Promise<LookupFigures> {
  const corpus = buildCorpus({ ...defaults, features: 20, definitions, ioMs: 0, seed })
  const registry = new SupportRegistry()
  for (const d of corpus.definitions) registry.defineStep(cucumberPattern(d), () => undefined)
  const texts = corpus.features.flatMap((f) =>
    f.scenarios.flatMap((s) => s.steps.map((step) => stepText(corpus, step))),
  )
  const world = {}
  const indexed = timePerCall(texts, (text) => {
    if (findStep(registry, { text: text, type: 'Context' }, world).status !== 'matched')
      throw new Error(`No match: ${text}`)
  })
  const scan = timePerCall(texts, (text) => {
    let found = 0
    for (const definition of registry.allSteps()) if (definition.match(text, world)) found++
    if (found !== 1) throw new Error(`${found} matches: ${text}`)
  })
  const behave = measureBehaveLookup(corpus.definitions.map(parsePattern), texts)
  return { definitions, indexedMicros: indexed, scanMicros: scan, ...behave }
}

function measureBehaveLookup(patterns: string[], texts: readonly string[]) {
  setBehaveVersion('1.2')
  try {
    const registry = new SupportRegistry()
    const site = { uri: 'steps.py', line: 1, column: 1 }
    const matchers = patterns.map((pattern) => new BehaveMatcher(pattern, 'parse', 'step'))
    for (const matcher of matchers) registry.defineStep(matcher, () => undefined, {}, undefined, site)
    const behaveIndexedMicros = timePerCall(texts, (text) => {
      if (findStep(registry, { text: text, type: 'Context' }, {}).status !== 'matched')
        throw new Error(`No match: ${text}`)
    })
    const behaveScanMicros = timePerCall(texts, (text) => {
      if (!matchers.some((matcher) => matcher.matchStep(text, false))) throw new Error(`No match: ${text}`)
    })
    return { behaveIndexedMicros, behaveScanMicros }
  } finally {
    setBehaveVersion('1.3')
  }
}

/**
 * Runs `fn` over the texts until 200 ms have passed. The first 50 ms (compiling expressions,
 * optimizing the code) are not timed.
 */
function timePerCall(texts: readonly string[], fn: (text: string) => void): number {
  const warm = performance.now()
  while (performance.now() - warm < 50) for (const text of texts) fn(text)
  let calls = 0
  const started = performance.now()
  while (performance.now() - started < 200) {
    for (const text of texts) fn(text)
    calls += texts.length
  }
  return ((performance.now() - started) * 1000) / calls
}
