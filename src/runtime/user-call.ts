// How a scenario calls user code (steps and hooks): a result that is not a promise comes back as
// it is, with no promise and no timer made; a promise is awaited so that its time limit or an
// interrupt (a stray error of the scenario, see scenario-scope.ts) can end the wait early. One
// timer per scenario serves every awaited call: re-armed, not created, for each.

/** A value with a `then` method, awaited as a promise. */
export function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function'
}

export class UserCalls {
  /** Ends the awaited call: rejects it with the error given. */
  private rejectCurrent: ((error: Error) => void) | undefined
  private onTimeout: (() => void) | undefined
  private timer: ReturnType<typeof setTimeout> | undefined
  private timerDelay = 0

  /**
   * Calls `run`. A thenable result becomes a promise that settles with it, or rejects with
   * `onTimeout()` after `timeout` ms (0 or less: no limit), or with interrupt()'s error.
   */
  call(run: () => unknown, timeout: number, onTimeout: () => Error): unknown {
    const value = run()
    if (!isThenable(value)) return value
    return new Promise((resolve, reject) => {
      const settled = () => {
        this.rejectCurrent = undefined
        this.onTimeout = undefined
      }
      this.rejectCurrent = (error) => {
        settled()
        reject(error)
      }
      if (timeout > 0) {
        this.onTimeout = () => {
          settled()
          reject(onTimeout())
        }
        this.arm(timeout)
      }
      value.then(
        (result) => {
          settled()
          resolve(result)
        },
        (error: unknown) => {
          settled()
          reject(error)
        },
      )
    })
  }

  /** Ends the call being awaited with `error`; false when none is. */
  interrupt(error: Error): boolean {
    const reject = this.rejectCurrent
    if (!reject) return false
    reject(error)
    return true
  }

  /** Stops the timer: the scenario is over. */
  dispose(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = undefined
  }

  private arm(timeout: number): void {
    if (this.timer && this.timerDelay === timeout) {
      this.timer.refresh()
      return
    }
    if (this.timer) clearTimeout(this.timer)
    this.timerDelay = timeout
    this.timer = setTimeout(() => this.onTimeout?.(), timeout)
  }
}
