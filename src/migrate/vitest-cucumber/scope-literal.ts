// A step scope as the TypeScript the migration writes: `{ scope: { feature: '…', scenario: […] } }`.
import type { StepScope } from '../../runtime/step-scope.js'
import { quote } from './quote.js'

export function scopeLiteral(scopes: StepScope[]): string {
  const one = (scope: StepScope) => {
    const parts: string[] = []
    if (scope.feature !== undefined) parts.push(`feature: ${value(scope.feature)}`)
    if (scope.scenario !== undefined) parts.push(`scenario: ${value(scope.scenario)}`)
    if (scope.tags !== undefined) parts.push(`tags: ${quote(scope.tags)}`)
    return `{ ${parts.join(', ')} }`
  }
  return `{ scope: ${scopes.length === 1 ? one(scopes[0]!) : `[${scopes.map(one).join(', ')}]`} }`
}

function value(v: string | number | readonly (string | number)[]): string {
  if (Array.isArray(v)) return `[${v.map((x) => value(x as string | number)).join(', ')}]`
  return typeof v === 'number' ? String(v) : quote(v as string)
}
