// behave 1.2 drops a trailing ':' only from a step that has a table or doc string, and brine's
// lookup is told the text alone. The feature file tells (feature-source.ts); remembered per
// scenario by step text.
import { argumentLines } from './feature-source.js'

const hints = new WeakMap<object, Map<string, boolean | undefined>>()

/** Remembers which of a scenario's step texts have a table or doc string (undefined: it varies). */
export function rememberStepArguments(
  context: object,
  uri: string,
  steps: readonly { text: string; line: number }[],
): void {
  const withArgument = argumentLines(uri)
  const byText = new Map<string, boolean | undefined>()
  for (const step of steps) {
    const has = withArgument.has(step.line)
    byText.set(step.text, byText.has(step.text) && byText.get(step.text) !== has ? undefined : has)
  }
  hints.set(context, byText)
}

/** Whether the step with this text in the world's scenario has a table or doc string, if known. */
export function stepArgumentHint(world: unknown, text: string): boolean | undefined {
  return typeof world === 'object' && world !== null ? hints.get(world)?.get(text) : undefined
}
