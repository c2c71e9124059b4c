// The migrated definitions: spec steps with the same expression and body become one, and remember
// every pickle step they ran for. A body that uses its own spec's names (module variables,
// helpers) serves only that spec, so it is one definition per spec file.
import type { DefinitionReport } from '../migration.js'
import type { ScopedDefinition } from './assign-scopes.js'
import type { StepUse } from './bind-steps.js'
import type { ConvertedStep } from './convert-step.js'
import type { SpecStep } from './spec-model.js'

interface Definition<F> extends ScopedDefinition {
  keyword: SpecStep['keyword']
  fn: string
  report: DefinitionReport
  /** The spec file whose step file holds it. */
  file: F
}

export interface Definitions<F> {
  list: Definition<F>[]
  add(step: SpecStep, converted: ConvertedStep, at: { file: F; origin: string; uses: StepUse[]; home: string }): void
  /** The definition a spec step became. */
  of(step: SpecStep | undefined): Definition<F> | undefined
}

export function collectDefinitions<F extends { path: string }>(): Definitions<F> {
  const list: Definition<F>[] = []
  const byKey = new Map<string, Definition<F>>()
  const bySpecStep = new Map<SpecStep, Definition<F>>()
  return {
    list,
    add(step, converted, { file, origin, uses, home }) {
      const key = [converted.specBound ? file.path : '', converted.expression, converted.signature].join('\u0000')
      let definition = byKey.get(key)
      if (!definition) {
        definition = {
          keyword: converted.keyword,
          expression: converted.expression,
          fn: converted.fn,
          origin,
          file,
          pickles: new Set(),
          homes: new Set(),
          level: 'none',
          report: {
            origin,
            pattern: converted.expression,
            matcher: 'cucumber-expression',
            translated: converted.todos.length ? 'partly' : 'fully',
            todos: converted.todos,
          },
        }
        byKey.set(key, definition)
        list.push(definition)
      }
      definition.homes.add(home)
      for (const use of uses) definition.pickles.add(use.pickle)
      bySpecStep.set(step, definition)
    },
    of: (step) => (step ? bySpecStep.get(step) : undefined),
  }
}
