// Python's built-in exception classes, with Python's hierarchy (KeyError is a LookupError…), its
// `args`, and str()/repr() of an exception; isError is `except Name:` for any thrown value.
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { repr } from './text.js'

/**
 * Python's Exception: `args` holds what it was raised with (set before __init__, as
 * BaseException.__new__ does); the message is str() of the error.
 */
export class PythonError extends Error {
  args: any[]
  constructor(...args: any[]) {
    super()
    this.args = args
    this.name = new.target.pythonName ?? new.target.name
    this.__init__(...args)
  }
  /** The class name Python shows, where the JavaScript name differs (TypeError_). */
  static pythonName?: string
  __init__(...args: any[]): void {
    this.args = args
  }
  // Error's message is Python's str(error), read when it is shown.
  override get message(): string {
    return this.__str__()
  }
  // A test runner may add to the message (the step that failed): it then holds that text.
  override set message(text: string) {
    Object.defineProperty(this, 'message', { value: text, writable: true, configurable: true })
  }
  /** Python's str(error). */
  __str__(): string {
    return messageOf(this.args)
  }
  /** Python's repr(error): `ValueError('bad')`. */
  __repr__(): string {
    return `${this.name}(${this.args.map(repr).join(', ')})`
  }
}

function messageOf(args: any[]): string {
  if (args.length === 0) return ''
  if (args.length === 1) return typeof args[0] === 'string' ? args[0] : String(repr(args[0]))
  return `(${args.map(repr).join(', ')})`
}

export const Exception = PythonError
export class ArithmeticError extends PythonError {}
export class ZeroDivisionError extends ArithmeticError {}
export class OverflowError extends ArithmeticError {}
export class LookupError extends PythonError {}
export class KeyError extends LookupError {
  // str(KeyError('k')) is the key's repr.
  override __str__(): string {
    return this.args.length === 1 ? repr(this.args[0]) : super.__str__()
  }
}
export class IndexError extends LookupError {}
export class ValueError extends PythonError {}
export class UnicodeError extends ValueError {}
export class TypeError_ extends PythonError {
  static override pythonName = 'TypeError'
}
export class AttributeError extends PythonError {}
export class NameError extends PythonError {}
export class RuntimeError extends PythonError {}
export class NotImplementedError extends RuntimeError {}
export class RecursionError extends RuntimeError {}
export class AssertionError extends PythonError {}
export class StopIteration extends PythonError {
  get value(): any {
    return this.args[0] ?? null
  }
}
export class EOFError extends PythonError {}
export class ImportError extends PythonError {}
export class ModuleNotFoundError extends ImportError {}
export class OSError extends PythonError {
  // OSError(2, 'No such file or directory', 'x') → "[Errno 2] No such file or directory: 'x'".
  override __str__(): string {
    const [errno, message, file] = this.args
    if (this.args.length >= 2 && typeof errno === 'number')
      return `[Errno ${errno}] ${message}${this.args.length > 2 ? `: ${repr(file)}` : ''}`
    return super.__str__()
  }
}
export class FileNotFoundError extends OSError {}
export class FileExistsError extends OSError {}
export class IsADirectoryError extends OSError {}
export class NotADirectoryError extends OSError {}
export class PermissionError_ extends OSError {
  static override pythonName = 'PermissionError'
}
export class TimeoutError_ extends OSError {
  static override pythonName = 'TimeoutError'
}
export class KeyboardInterrupt extends PythonError {}
export class SystemExit extends PythonError {
  /** What sys.exit() was given: None without an argument, the tuple of them with several. */
  get code(): any {
    return this.args.length === 0 ? null : this.args.length === 1 ? this.args[0] : this.args
  }
}
export class Warning extends PythonError {}
export class UserWarning extends Warning {}
export class DeprecationWarning extends Warning {}

/** The built-in exceptions by Python name, for `except Name` and raise. */
export const builtinErrors: Record<string, new (...args: any[]) => Error> = {
  Exception,
  BaseException: Exception,
  ArithmeticError,
  ZeroDivisionError,
  OverflowError,
  LookupError,
  KeyError,
  IndexError,
  ValueError,
  UnicodeError,
  TypeError: TypeError_,
  AttributeError,
  NameError,
  RuntimeError,
  NotImplementedError,
  RecursionError,
  AssertionError,
  StopIteration,
  EOFError,
  ImportError,
  ModuleNotFoundError,
  OSError,
  IOError: OSError,
  EnvironmentError: OSError,
  FileNotFoundError,
  FileExistsError,
  IsADirectoryError,
  NotADirectoryError,
  PermissionError: PermissionError_,
  TimeoutError: TimeoutError_,
  KeyboardInterrupt,
  SystemExit,
  Warning,
  UserWarning,
  DeprecationWarning,
}

// JavaScript's own errors stand for the Python ones they correspond to.
const jsEquivalents: Record<string, (error: Error) => boolean> = {
  TypeError: (e) => e instanceof TypeError,
  RecursionError: (e) => e instanceof RangeError && /call stack/.test(e.message),
  AttributeError: (e) => e instanceof TypeError && /is not a function|Cannot read properties/.test(e.message),
  NameError: (e) => e instanceof ReferenceError,
}

/** Python's `except Name:` for the built-in exception names (by class, else by name). */
export function isError(error: unknown, name: string): boolean {
  if (!(error instanceof Error)) return false
  if (name === 'Exception' || name === 'BaseException') return true
  // Assertion errors of Vitest's expect() and Node's assert are Python's AssertionError.
  if (name === 'AssertionError' && error.name.includes('AssertionError')) return true
  const type = builtinErrors[name]
  if (type && error instanceof type) return true
  if (jsEquivalents[name]?.(error)) return true
  return error.name === name
}

/** `raise Name`: Python raises an instance of a class given without arguments. */
export function raised(x: any): any {
  return typeof x === 'function' && /^class[\s{]/.test(Function.prototype.toString.call(x)) ? new x() : x
}

/** `raise error from cause`. */
export function withCause(error: any, cause: any): any {
  if (error !== null && typeof error === 'object') error.__cause__ = cause
  return error
}
