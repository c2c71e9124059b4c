// The arguments a behave step function receives: named fields by name, unnamed ones by their
// position among the unnamed (behave passes them as **kwargs and *args). In reports they read as
// behave's JSON formatter writes them: a list of {name?, value, original} in text order.

/** One matched field, as behave's Argument: where it is in the step text and its value. */
export interface BehaveArgument {
  /** Field name; undefined for an unnamed field. */
  name?: string
  value: unknown
  /** The matched text. */
  original: string
  start: number
  end: number
}

/** Values by field name, and unnamed values by position (`args[0]`). */
// Values are `any` so translated bodies use them without casts, as the Python did.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type BehaveArgs = { readonly [key: string]: any; readonly [index: number]: any }

export function makeArgs(list: BehaveArgument[]): BehaveArgs {
  const sorted = [...list].sort((a, b) => a.start - b.start)
  const args: Record<string | number, unknown> = {}
  let position = 0
  for (const arg of sorted) {
    if (arg.name === undefined) args[position++] = arg.value
    else args[arg.name] = arg.value
  }
  Object.defineProperty(args, 'toJSON', {
    enumerable: false,
    value: () =>
      sorted.map((a) => ({ ...(a.name === undefined ? {} : { name: a.name }), value: a.value, original: a.original })),
  })
  return args
}
