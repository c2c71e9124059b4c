// Calls support code the way cucumber-js does: a function taking one parameter more than it is
// given uses the callback interface (`callback(error)`, `callback(null, 'pending')`), one returning
// a promise the promise interface, any other is synchronous; a function with another number of
// parameters fails with cucumber-js's message. The definition function wrapper, if any, wraps it.
import { format } from 'node:util'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type UserFunction = (this: any, ...args: any[]) => any
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- cucumber-js's own type for it
type Wrapper = Function

let wrapper: Wrapper | undefined

/** setDefinitionFunctionWrapper: applies to every definition, including those defined before it. */
export function setWrapper(fn: Wrapper): void {
  wrapper = fn
}

export interface UserCode {
  fn: UserFunction
  /** The definition's `wrapperOptions`. */
  wrapperOptions?: unknown
  /**
   * Parameter counts cucumber-js accepts, when not `args.length` (or one more, for a callback);
   * 'any' for BeforeAll and AfterAll, whose count it does not check.
   */
  lengths?: number[] | 'any'
  /** How cucumber-js's message names the accepted counts, when `lengths` is given. */
  lengthsText?: string
}

/** Runs `code` with `thisArg` and `args`; resolves with what it returned or passed its callback. */
export async function runUserCode(code: UserCode, thisArg: unknown, args: unknown[]): Promise<unknown> {
  const length = code.fn.length
  const accepted = code.lengths ?? [args.length, args.length + 1]
  if (accepted !== 'any' && !accepted.includes(length)) {
    const sync = code.lengthsText ?? String(args.length)
    const callback = String(Math.max(...accepted))
    throw new Error(
      `function has ${length} arguments, should have ${sync} (if synchronous or returning a promise) or ${callback} (if accepting a callback)`,
    )
  }
  const fn = wrapped(code)
  const usesCallback = length === args.length + 1
  let settle: ((error: unknown, result?: unknown) => void) | undefined
  const callbackResult = new Promise((resolve, reject) => {
    settle = (error, result) => (error !== undefined && error !== null ? reject(error) : resolve(result))
  })
  let returned: unknown
  try {
    returned = fn.apply(thisArg, usesCallback ? [...args, settle] : args)
  } catch (error) {
    throw error instanceof Error ? error : new Error(format(error), { cause: error })
  }
  const isPromise = typeof (returned as { then?: unknown } | null)?.then === 'function'
  if (usesCallback && isPromise) {
    throw new Error(
      'function uses multiple asynchronous interfaces: callback and promise\n' +
        'to use the callback interface: do not return a promise\n' +
        'to use the promise interface: remove the last argument to the function',
    )
  }
  if (!usesCallback && !isPromise) return returned
  try {
    return await (usesCallback ? callbackResult : returned)
  } catch (error) {
    if (error instanceof Error) throw error
    const message = error === undefined || error === null ? 'Promise rejected without a reason' : format(error)
    throw new Error(message, { cause: error })
  }
}

const wrappedBy = new WeakMap<UserFunction, { wrapper: Wrapper; fn: UserFunction }>()

/** The function to call: the wrapper's, made once per definition and wrapper. */
function wrapped(code: UserCode): UserFunction {
  if (!wrapper) return code.fn
  const known = wrappedBy.get(code.fn)
  if (known?.wrapper === wrapper) return known.fn
  const fn = (wrapper(code.fn, code.wrapperOptions) as UserFunction | undefined) ?? code.fn
  wrappedBy.set(code.fn, { wrapper, fn })
  return fn
}
