// Runs user code (a step or hook) with a time limit; 0 or less means no limit.

export async function withTimeout<T>(run: () => T | Promise<T>, timeout: number, onTimeout: () => Error): Promise<T> {
  const result = run()
  if (!isThenable(result)) return result
  if (!(timeout > 0)) return await result
  let timer: ReturnType<typeof setTimeout> | undefined
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), timeout)
  })
  try {
    return await Promise.race([result, expired])
  } finally {
    clearTimeout(timer)
  }
}

function isThenable<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function'
}
