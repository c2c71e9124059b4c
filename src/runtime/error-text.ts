// Rewrites an error's message in place, stack included: Vitest's terminal output reads the
// message, but its JSON report and most tools read the stack, whose first line repeats it.

/** Puts `prefix` before the message; returns the error for chaining. */
export function prefixMessage<E>(error: E, prefix: string): E {
  return error instanceof Error ? replaceMessage(error, `${prefix}${error.message}`) : error
}

/** Puts `suffix` after the message; returns the error for chaining. */
export function suffixMessage<E>(error: E, suffix: string): E {
  return error instanceof Error ? replaceMessage(error, `${error.message}${suffix}`) : error
}

function replaceMessage<E extends Error>(error: E, message: string): E {
  const old = error.message
  // V8 formats the stack on first read, from the message at that time: read it before the change.
  const stack = error.stack
  // An error class may make message a getter (Python's exceptions read theirs from args): shadow it.
  Object.defineProperty(error, 'message', { value: message, writable: true, configurable: true, enumerable: false })
  if (typeof stack === 'string' && old && stack.includes(old)) {
    error.stack = stack.replace(old, () => message)
  } else if (typeof stack === 'string' && !old) {
    // `new Error()` has a stack that starts with just its name.
    error.stack = stack.replace(/^[^\n]*/, () => `${error.name}: ${message}`)
  }
  return error
}
