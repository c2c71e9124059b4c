// Values and errors as a scenario's result records them: plain JSON that survives the trip from
// worker to main process.
import type { ErrorResult } from '../types/scenario-result.js'

/** Values as reports can hold them: JSON-safe, everything else as its string form. */
export function reportable(value: unknown): unknown {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return value
  if (typeof value === 'bigint') return value.toString()
  if (Array.isArray(value)) return value.map(reportable)
  try {
    return JSON.parse(JSON.stringify(value)) as unknown
  } catch {
    return String(value)
  }
}

export function errorResult(error: unknown): ErrorResult {
  if (error instanceof Error) {
    return { message: error.message, name: error.name, ...(error.stack ? { stack: error.stack } : {}) }
  }
  return { message: String(error) }
}
