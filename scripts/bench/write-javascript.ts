// The JavaScript runners' projects: the same system under test and step bodies, registered the
// way each runner wants (brine, cucumber-js, quickpickle), or called directly (plain Vitest).
import type { CorpusModel, StepModel } from './corpus.js'
import { cucumberPattern, ioCucumberPattern } from './write-gherkin.js'

type Files = Record<string, string>

/** Busy-waits at import and per step, and waits asynchronously once per scenario. */
function sut(corpus: CorpusModel): string {
  const { importMs, stepCpuMs } = corpus.options
  return `const busy = (ms) => { const end = performance.now() + ms; while (performance.now() < end); }
busy(${importMs})
export const work = () => busy(${stepCpuMs})
export const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
`
}

const pkg = JSON.stringify({ name: 'bench', type: 'module', private: true })

/** Step definitions; `fn` turns the parameter list into a function expression. */
function stepFile(corpus: CorpusModel, header: string, fn: (params: string[], body: string) => string): string {
  const lines = [header, `import { work, wait } from '../sut.mjs'`]
  lines.push(`Given(${JSON.stringify(ioCucumberPattern)}, ${fn(['ms'], 'work(); return wait(ms)')})`)
  corpus.definitions.forEach((d, i) => {
    const params = d.named ? ['count', 'name'] : ['count']
    lines.push(
      `Given(${JSON.stringify(cucumberPattern(d))}, ${fn(params, `work(); $.total = ($.total ?? 0) + count + ${i}`)})`,
    )
  })
  return lines.join('\n') + '\n'
}

const worldArrow = (params: string[], body: string) => `($, ${params.join(', ')}) => { ${body} }`

export function brineFiles(corpus: CorpusModel): Files {
  return {
    'package.json': pkg,
    'sut.mjs': sut(corpus),
    'steps/steps.mjs': stepFile(corpus, `import { Given } from 'brine'`, worldArrow),
    'vitest.config.ts': `import { defineConfig } from 'vitest/config'
import { brine } from 'brine/plugin'

export default defineConfig({ plugins: [brine({ steps: 'steps/**/*.mjs' })] })
`,
    // What a CI run of a large suite would use: one test file per worker, scenarios concurrent.
    'vitest.ci.config.ts': `import { defineConfig } from 'vitest/config'
import { brine } from 'brine/plugin'

export default defineConfig({ plugins: [brine({ steps: 'steps/**/*.mjs', group: 'auto', concurrent: true })] })
`,
  }
}

export function quickpickleFiles(corpus: CorpusModel): Files {
  return {
    'package.json': pkg,
    'sut.mjs': sut(corpus),
    'steps/steps.mjs': stepFile(corpus, `import { Given } from 'quickpickle'`, worldArrow),
    'vitest.config.ts': `import { defineConfig } from 'vitest/config'
import { quickpickle } from 'quickpickle'

export default defineConfig({
  plugins: [quickpickle()],
  test: { include: ['features/**/*.feature'], setupFiles: ['steps/steps.mjs'], pool: 'threads' },
})
`,
  }
}

export function cucumberFiles(corpus: CorpusModel): Files {
  return {
    'package.json': pkg,
    'sut.mjs': sut(corpus),
    'steps/steps.mjs': stepFile(
      corpus,
      `import { Given } from '@cucumber/cucumber'`,
      (params, body) => `function (${params.join(', ')}) { const $ = this; ${body} }`,
    ),
  }
}

/** The floor: the same scenarios as hand-written Vitest tests calling the step bodies directly. */
export function vitestFiles(corpus: CorpusModel, workers: number): Files {
  const steps = ['export const io = ($, ms) => { work(); return wait(ms) }', 'export const steps = [']
  corpus.definitions.forEach((d, i) => {
    const params = d.named ? 'count, name' : 'count'
    steps.push(`  ($, ${params}) => { work(); $.total = ($.total ?? 0) + count + ${i} },`)
  })
  steps.push(']')
  const files: Files = {
    'package.json': pkg,
    'sut.mjs': sut(corpus),
    'steps.mjs': `import { work, wait } from './sut.mjs'\n${steps.join('\n')}\n`,
    'vitest.config.ts': `import { defineConfig } from 'vitest/config'

export default defineConfig({ test: { include: ['tests/**/*.test.mjs'], pool: 'threads', isolate: false } })
`,
  }
  const call = (step: StepModel) =>
    step.definition < 0
      ? `await io($, ${step.count})`
      : `steps[${step.definition}]($, ${step.count}${step.name ? `, ${JSON.stringify(step.name)}` : ''})`
  // The same modules again, imported by one test file per worker: what Vitest's per-file cost is.
  const groups = Array.from({ length: workers }, (): string[] => [])
  corpus.features.forEach((feature, i) =>
    groups[i % workers]!.push(`await import('../tests/${feature.file}.test.mjs')`),
  )
  groups.forEach((imports, i) => (files[`grouped/group-${i + 1}.group.mjs`] = imports.join('\n') + '\n'))
  files['vitest.grouped.config.ts'] = `import { defineConfig } from 'vitest/config'

export default defineConfig({ test: { include: ['grouped/*.group.mjs'], pool: 'threads', isolate: false } })
`
  for (const feature of corpus.features) {
    const describe = corpus.options.concurrent ? 'describe.concurrent' : 'describe'
    const lines = [`import { describe, test } from 'vitest'`, `import { io, steps } from '../steps.mjs'`, '']
    lines.push(`${describe}(${JSON.stringify(feature.name)}, () => {`)
    for (const scenario of feature.scenarios) {
      lines.push(`  test(${JSON.stringify(scenario.name)}, async () => {`, '    const $ = {}')
      for (const step of [...feature.background, ...scenario.steps]) lines.push(`    ${call(step)}`)
      lines.push('  })')
    }
    lines.push('})')
    files[`tests/${feature.file}.test.mjs`] = lines.join('\n') + '\n'
  }
  return files
}
