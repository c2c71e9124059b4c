// Definitions whose Cucumber Expression names a parameter type nobody defined are left out, as
// Cucumber does; the feature meta reports them.
import type { Expression } from '@cucumber/cucumber-expressions'
import type { StepDefinition } from './step-definition.js'
import type { SupportRegistry } from './support-registry.js'

/** Definitions whose expression compiles; the others name an undefined parameter type. */
export function usableSteps(registry: SupportRegistry): StepDefinition[] {
  return registry.allSteps().filter((definition) => undefinedParameterType(definition) === undefined)
}

export function undefinedParameterType(definition: StepDefinition): string | undefined {
  try {
    expressionOf(definition)
    return undefined
  } catch (error) {
    if (isUndefinedParameterType(error)) return error.undefinedParameterTypeName
    throw error
  }
}

/** cucumber-expressions throws UndefinedParameterTypeError but does not export the class. */
export function isUndefinedParameterType(error: unknown): error is { undefinedParameterTypeName: string } {
  return typeof (error as { undefinedParameterTypeName?: unknown } | null)?.undefinedParameterTypeName === 'string'
}

/** The definition's own compiled expression; null for custom matchers (behave's parse patterns). */
export function expressionOf(definition: StepDefinition): Expression | null {
  const expression = definition.expression()
  return 'kind' in expression ? null : expression
}
