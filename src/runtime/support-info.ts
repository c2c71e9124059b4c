// The support info a feature meta carries: the worker's definitions, hooks and parameter types as
// plain data, and a signature that tells when it must be written again.
import type { HookInfo, SupportInfo } from '../types/support-info.js'
import { hookId, stepId } from './definition-ids.js'
import type { SupportRegistry } from './support-registry.js'
import { undefinedParameterType } from './usable-definitions.js'

export function supportInfo(registry: SupportRegistry): SupportInfo {
  const info: SupportInfo = { steps: [], hooks: [], parameterTypes: [], undefinedParameterTypes: [] }
  for (const definition of registry.allSteps()) {
    const missing = undefinedParameterType(definition)
    if (missing) {
      info.undefinedParameterTypes.push({ name: missing, expression: definition.patternSource })
      continue
    }
    const p = definition.pattern
    const scope = definition.scopeText
    info.steps.push({
      id: stepId(definition),
      pattern: typeof p === 'string' ? p : p.source,
      patternType: typeof p === 'string' ? 'CUCUMBER_EXPRESSION' : p instanceof RegExp ? 'REGULAR_EXPRESSION' : p.kind,
      uri: definition.site.uri,
      line: definition.site.line,
      column: definition.site.column,
      origin: definition.options.origin ?? null,
      ...(scope === undefined ? {} : { scope }),
    })
  }
  for (const hook of registry.hooks.values()) {
    const entry: HookInfo = { id: hookId(hook), kind: hook.kind, uri: hook.site.uri, line: hook.site.line }
    if (hook.options.name) entry.name = hook.options.name
    if (hook.options.tags) entry.tags = hook.options.tags
    info.hooks.push(entry)
  }
  for (const type of registry.parameterTypes.parameterTypes) {
    if (type.builtin || !type.name) continue
    const site = registry.parameterTypeSites.get(type.name)
    info.parameterTypes.push({
      name: type.name,
      ...(site ? { uri: site.uri, line: site.line } : {}),
      regexps: [...type.regexpStrings],
      useForSnippets: type.useForSnippets ?? true,
      preferForRegexpMatch: type.preferForRegexpMatch ?? false,
    })
  }
  return info
}

/**
 * What the registry holds, in one string: when it changes (a step file added, a pattern edited in
 * watch mode), the support info must be written again.
 */
export function supportSignature(registry: SupportRegistry): string {
  const steps = registry.allSteps().map(stepId)
  const hooks = [...registry.hooks.values()].map(hookId)
  const types = [...registry.parameterTypes.parameterTypes].map((t) => t.name ?? '')
  return [...steps, ...hooks, ...types].join('\n')
}
