// cucumber-js's wrapPromiseWithTimeout: a promise that rejects when `promise` takes longer.

export async function wrapPromiseWithTimeout<T>(
  promise: Promise<T>,
  timeoutInMilliseconds: number,
  timeoutMessage = '',
): Promise<T> {
  const message = timeoutMessage || `Action did not complete within ${timeoutInMilliseconds} milliseconds`
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), timeoutInMilliseconds)
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}
