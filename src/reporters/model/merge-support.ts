// Joins the support info every worker reported into one list of each kind, without repeats and
// in source order, so a sharded run and an unsharded one list the same definitions.
import type { SupportInfo } from '../../types/support-info.js'

export function mergeSupport(infos: readonly SupportInfo[]): SupportInfo {
  const steps = new Map<string, SupportInfo['steps'][number]>()
  const hooks = new Map<string, SupportInfo['hooks'][number]>()
  const parameterTypes = new Map<string, SupportInfo['parameterTypes'][number]>()
  const undefinedTypes = new Map<string, SupportInfo['undefinedParameterTypes'][number]>()
  for (const info of infos) {
    for (const step of info.steps) steps.set(step.id, step)
    for (const hook of info.hooks) hooks.set(hook.id, hook)
    for (const type of info.parameterTypes) parameterTypes.set(type.name, type)
    for (const type of info.undefinedParameterTypes) undefinedTypes.set(`${type.name}\u0000${type.expression}`, type)
  }
  return {
    steps: [...steps.values()].sort(bySource),
    hooks: [...hooks.values()].sort(bySource),
    parameterTypes: [...parameterTypes.values()].sort((a, b) => compare(a.name, b.name)),
    undefinedParameterTypes: [...undefinedTypes.values()],
  }
}

export function bySource(a: { uri: string; line: number; id: string }, b: { uri: string; line: number; id: string }) {
  return compare(a.uri, b.uri) || a.line - b.line || compare(a.id, b.id)
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
