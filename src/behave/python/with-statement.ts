// Python's `with`: the translation keeps the block in place and brackets it with a With —
//   const w = py.With(manager); try { x = w.value; … } catch (e) { w.fail(e) } finally { w.close() }
// so __enter__ runs first, __exit__ gets the exception (and may suppress it), or None on the way out.
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { TypeError_ } from './errors.js'
import { type } from './attributes.js'
import { truthy } from './operators.js'
import { method } from './values.js'

class Context {
  readonly value: any
  #exit: (...args: any[]) => any
  #done = false
  constructor(readonly manager: any) {
    const enter = method(manager, '__enter__')
    const exit = method(manager, '__exit__')
    if (!enter || !exit)
      throw new TypeError_(
        `'${manager?.constructor?.name ?? typeof manager}' object does not support the context manager protocol`,
      )
    this.#exit = exit.bind(manager)
    this.value = enter.call(manager)
  }
  /** The block raised: __exit__ sees the error; it is raised again unless __exit__ returns true. */
  fail(error: unknown): void {
    this.#done = true
    if (!truthy(this.#exit(type(error), error, null))) throw error
  }
  /** The block ended (or returned, or broke out): __exit__(None, None, None). */
  close(): void {
    if (this.#done) return
    this.#done = true
    this.#exit(null, null, null)
  }
}

export function With(manager: any): Context {
  return new Context(manager)
}
