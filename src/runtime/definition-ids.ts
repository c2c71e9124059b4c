// Stable ids for definitions and hooks: the same definition gets the same id in every worker and
// shard, so reports merged from several of them agree.
import type { HookDefinition } from './hook-definition.js'
import type { StepDefinition } from './step-definition.js'

const ids = new WeakMap<object, string>()

export function stepId(definition: StepDefinition): string {
  let id = ids.get(definition)
  if (!id) {
    const { uri, line, column } = definition.site
    const scope = definition.scopeText === undefined ? '' : `:${definition.scopeText}`
    id = `${uri}:${line}:${column}#${hash(`${definition.stepType ?? ''}:${definition.patternSource}${scope}`)}`
    ids.set(definition, id)
  }
  return id
}

export function hookId(hook: HookDefinition): string {
  let id = ids.get(hook)
  if (!id) {
    const { uri, line, column } = hook.site
    id = `${uri}:${line}:${column}#${hash(`${hook.kind}:${hook.options.name ?? ''}:${hook.options.tags ?? ''}:${String(hook.fn)}`)}`
    ids.set(hook, id)
  }
  return id
}

/** FNV-1a, 32 bits, base 36: short enough for ids, stable across processes. */
function hash(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(36)
}
