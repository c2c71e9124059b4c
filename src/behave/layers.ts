// behave's context stack: a layer of attributes per testrun, feature and scenario. Reading looks
// through the layers from the innermost; writing goes to the innermost; popping a layer runs the
// cleanups registered on it, last first, and fails with the first cleanup error.

export type LayerName = 'testrun' | 'feature' | 'rule' | 'scenario'

export interface Layer {
  readonly name: LayerName
  readonly values: Record<string, unknown>
  readonly cleanups: (() => unknown)[]
  popped: boolean
}

export function newLayer(name: LayerName): Layer {
  return { name, values: Object.create(null) as Record<string, unknown>, cleanups: [], popped: false }
}

/** Runs the layer's cleanups (best effort, all of them) and rethrows the first failure. */
export async function popLayer(layer: Layer): Promise<void> {
  if (layer.popped) return
  layer.popped = true
  const errors: unknown[] = []
  for (const cleanup of layer.cleanups.reverse()) {
    try {
      await cleanup()
    } catch (error) {
      errors.push(error)
    }
  }
  layer.cleanups.length = 0
  if (errors.length > 0) {
    const first = errors[0]
    if (first instanceof Error) first.message = `Cleanup in the ${layer.name} layer failed: ${first.message}`
    throw first
  }
}

/** Where an attribute is set, from the innermost layer out. */
export function findLayer(stack: readonly Layer[], name: string): Layer | undefined {
  return stack.find((layer) => Object.hasOwn(layer.values, name))
}
