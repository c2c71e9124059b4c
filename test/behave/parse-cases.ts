// Runs the golden parse cases (data/parse-cases.json, written by real Python parse) through
// brine/behave's port, with the same custom types as the generator, and says how each differs.
import { readFileSync } from 'node:fs'
import {
  compile,
  FormatSpecError,
  makeChoice,
  makeEnum,
  PyDateTime,
  PyTime,
  RepeatedNameError,
  withPattern,
} from 'brine/behave'
import type { TypeConverter } from 'brine/behave'
import { MissingTypeError } from '../../src/behave/type-builder.ts'

export interface ParseCase {
  format: string
  text: string
  options?: 'cs' | 'cf'
  compileError?: string
  convertError?: string
  result?: { fixed: unknown[]; named: Record<string, unknown> } | null
}

export function loadCases(text = readFileSync(new URL('./data/parse-cases.json', import.meta.url), 'utf8')): {
  parse: string
  cases: ParseCase[]
} {
  return JSON.parse(text) as { parse: string; cases: ParseCase[] }
}

/** The generator's custom types, in TypeScript. */
function customTypes(): Record<string, TypeConverter> {
  return {
    Number: withPattern('\\d+', (text) => Number.parseInt(text, 10)),
    YesNo: withPattern('yes|no', (text) => text.toLowerCase() === 'yes'),
    Upper: (text: string) => text.toUpperCase(),
    Word: withPattern('[a-z]+', (text) => `<${text}>`),
    Color: makeEnum({ red: 1, green: 2, blue: 3 }),
    Size: makeChoice(['small', 'medium', 'large']),
  }
}

// Python's exception classes at compile time → the port's.
const COMPILE_ERRORS: Record<string, string> = {
  RepeatedNameError: 'RepeatedNameError',
  NotImplementedError: 'FormatSpecError',
  ValueError: 'FormatSpecError',
  MissingTypeError: 'MissingTypeError',
}

function errorClass(error: unknown): string {
  if (error instanceof RepeatedNameError) return 'RepeatedNameError'
  if (error instanceof FormatSpecError) return 'FormatSpecError'
  if (error instanceof MissingTypeError) return 'MissingTypeError'
  return 'other'
}

export type Outcome =
  | { compileError: string }
  | { convertError: string }
  | { result: { fixed: unknown[]; named: Record<string, unknown> } | null }

/** What the port gives for a case: an error class, or the values as they are. */
export function runCase(c: ParseCase): Outcome {
  let parser
  try {
    parser = compile(c.format, {
      extraTypes: customTypes(),
      caseSensitive: c.options === 'cs',
      cardinality: c.options === 'cf',
    })
  } catch (error) {
    return { compileError: errorClass(error) }
  }
  try {
    const result = parser.parse(c.text)
    return { result: result && { fixed: result.fixed, named: result.named } }
  } catch (error) {
    if (error instanceof FormatSpecError) return { compileError: 'FormatSpecError' }
    return { convertError: error instanceof Error ? error.name : String(error) }
  }
}

/** Whether the port's outcome is Python's: same error category (and class at compile time), or equal values. */
export function sameOutcome(c: ParseCase, actual: Outcome): boolean {
  if (c.compileError)
    return 'compileError' in actual && actual.compileError === (COMPILE_ERRORS[c.compileError] ?? c.compileError)
  if (c.convertError) return 'convertError' in actual
  if (!('result' in actual)) return false
  if (c.result === null || actual.result === null) return c.result === actual.result
  return (
    valueMatches(c.result!.fixed, actual.result.fixed) && valueMatches({ dict: c.result!.named }, actual.result.named)
  )
}

/** A Python value in the generator's encoding against the port's value. */
function valueMatches(expected: unknown, actual: unknown): boolean {
  if (expected === null || typeof expected !== 'object') return expected === actual
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => valueMatches(e, actual[i]))
    )
  }
  const [kind, value] = Object.entries(expected)[0]!
  switch (kind) {
    case 'int':
      return (typeof actual === 'number' && Number.isInteger(actual)) || typeof actual === 'bigint'
        ? BigInt(actual as number) === BigInt(value as string)
        : false
    case 'float':
    case 'decimal':
      return typeof actual === 'number' && Object.is(pyFloat(value as string), actual)
    case 'datetime':
      return actual instanceof PyDateTime && actual.isoformat() === value
    case 'time':
      return actual instanceof PyTime && actual.isoformat() === value
    case 'tuple':
      return valueMatches(value, actual)
    case 'dict': {
      const entries = Object.entries(value as Record<string, unknown>)
      return (
        typeof actual === 'object' &&
        actual !== null &&
        Object.keys(actual).length === entries.length &&
        entries.every(([k, v]) => valueMatches(v, (actual as Record<string, unknown>)[k]))
      )
    }
  }
  return false
}

function pyFloat(repr: string): number {
  if (repr === 'nan') return NaN
  if (repr === 'inf') return Infinity
  if (repr === '-inf') return -Infinity
  return Number(repr)
}

/** An outcome as text for failure messages (bigints and dates readable). */
export function describe(outcome: unknown): string {
  return JSON.stringify(outcome, (_, v: unknown) =>
    typeof v === 'bigint' ? `${v}n` : v instanceof PyTime ? `time ${v.isoformat()}` : v,
  )
}
