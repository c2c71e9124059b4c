// Stand-ins for Python the migration could not translate, so a module always loads: a placeholder
// fails only when the program uses it, naming the Python file and line; an import-time value whose
// translation throws becomes such a placeholder instead of stopping the import.
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { pending } from '../../runtime/errors.js'

const PLACEHOLDER = Symbol.for('brine.python.placeholder')

/**
 * A module-level name whose Python was not translated. Reading it is fine; calling, constructing
 * or reading an attribute of it is pending, with `where` (file:line) in the message. A class may
 * extend it: the subclass loads, and constructing one is pending.
 */
export function untranslated(name: string, where?: string, cause?: unknown): any {
  const stop = (): never => {
    const reason = cause instanceof Error ? ` (at import: ${cause.name}: ${cause.message})` : ''
    return pending(
      `${name}${where ? ` (${where})` : ''} was not translated from Python${reason}; see the migration report`,
    )
  }
  const prototype = {}
  function Untranslated(): never {
    return stop()
  }
  return new Proxy(Untranslated, {
    get(_target, key) {
      if (key === 'prototype') return prototype
      if (key === PLACEHOLDER) return true
      if (key === 'name') return name
      if (typeof key === 'symbol' || key === 'then' || key === 'toJSON') return undefined
      return stop()
    },
    set: stop,
    has: (_target, key) => key === 'prototype' || key === PLACEHOLDER,
    apply: stop,
    construct: stop,
  })
}

/** Whether a value is a placeholder for untranslated Python. */
export const isPlaceholder = (x: any): boolean =>
  x !== null && (typeof x === 'object' || typeof x === 'function') && x[PLACEHOLDER] === true

/**
 * A module-level value computed at import: when its translation throws, a placeholder that fails
 * when used instead, so the rest of the module still loads.
 */
export function atImport<T>(name: string, where: string, value: () => T): T {
  try {
    return value()
  } catch (error) {
    return untranslated(name, where, error)
  }
}

/**
 * A module-level statement run at import (a call, a loop): when its translation throws, the import
 * goes on and the error is printed with the Python file and line.
 */
export function runAtImport(where: string, statement: () => void): void {
  try {
    statement()
  } catch (error) {
    console.warn(`brine/python: ${where}: a module-level statement failed at import: ${String(error)}`)
  }
}
