// Writes the JavaScript module for one feature: the FeatureData as one base64url string, imports
// of the step files, and one call per Feature, Rule, Scenario and step, each on its own line so
// the source map can point every call at its .feature line. Feature text never appears in the
// code as itself, so it stays data.
import { Buffer } from 'node:buffer'
import { addMapping, GenMapping, toEncodedMap } from '@jridgewell/gen-mapping'
import type { FeatureData, ScenarioData } from '../types/feature-data.js'

interface SourceMapV3 {
  version: 3
  file: string
  sources: string[]
  sourcesContent: string[]
  names: string[]
  mappings: string
}

export interface GeneratedModule {
  code: string
  map: SourceMapV3
}

export interface GenerateOptions {
  /** Module specifier of the worker runtime entry. */
  runtime: string
  /** Import specifiers of the step files, relative to the feature file. */
  stepImports: string[]
  /** File name used in the source map, usually the feature's base name. */
  sourceName: string
  source: string
  /** Options the runtime receives as plain data (tag filter, timeouts...). */
  runOptions: Record<string, unknown>
}

class ModuleWriter {
  readonly lines: string[] = []
  readonly map: GenMapping

  constructor(private readonly sourceName: string) {
    this.map = new GenMapping({ file: sourceName })
  }

  /** Appends a line; when `line` is given, the line maps to that .feature line and column. */
  write(text: string, line?: number, column = 0): void {
    this.lines.push(text)
    if (line === undefined) return
    const generatedLine = this.lines.length
    const indent = text.length - text.trimStart().length
    addMapping(this.map, {
      generated: { line: generatedLine, column: indent },
      source: this.sourceName,
      original: { line, column },
    })
  }
}

export function generateModule(feature: FeatureData, options: GenerateOptions): GeneratedModule {
  const out = new ModuleWriter(options.sourceName)
  out.write(`import { defineFeature } from ${JSON.stringify(options.runtime)};`)
  for (const specifier of options.stepImports) out.write(`import ${JSON.stringify(specifier)};`)
  // One string literal for Vite's SSR transform to parse, and base64url because that transform
  // maps every non-word character of the code (hires 'boundary' source maps) and then traces each
  // of those mappings through this module's map: JSON text has one every few characters, base64url
  // about one in sixty-four. The runtime decodes it (runtime/feature-data-text.ts).
  out.write(
    `const $ = defineFeature(${JSON.stringify(encodeFeatureData(feature))}, ${JSON.stringify(options.runOptions)});`,
  )
  out.write(`$.feature(() => {`, feature.line)
  feature.scenarios.forEach((scenario, i) => writeScenario(out, scenario, `$.scenario(${i}, `))
  feature.rules.forEach((rule, r) => {
    out.write(`  $.rule(${r}, () => {`, rule.line)
    rule.scenarios.forEach((scenario, i) => writeScenario(out, scenario, `  $.ruleScenario(${r}, ${i}, `))
    out.write(`  });`)
  })
  out.write(`});`)
  // A group module registers the feature through this handle (runtime/collect-group.ts).
  out.write(`export default $;`)
  const encoded = toEncodedMap(out.map)
  const map: SourceMapV3 = {
    version: 3,
    file: options.sourceName,
    sources: [options.sourceName],
    sourcesContent: [options.source],
    names: [],
    mappings: encoded.mappings,
  }
  return { code: out.lines.join('\n') + '\n', map }
}

/** The FeatureData as base64url of its JSON; decodeFeatureData in the runtime reads it back. */
function encodeFeatureData(feature: FeatureData): string {
  return Buffer.from(JSON.stringify(feature)).toString('base64url')
}

function writeScenario(out: ModuleWriter, scenario: ScenarioData, call: string): void {
  out.write(`  ${call}async (run) => {`, scenario.line)
  // Each step is awaited on a line of its own, so a failing step's stack has a frame of this
  // function that the source map resolves to the step's .feature line.
  scenario.steps.forEach((step, i) => out.write(`    await run.step(${i});`, step.line))
  out.write(`  });`)
}
