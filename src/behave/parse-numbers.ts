// The number conversions of Python's parse: int_convert (base prefixes, separators stripped),
// float(), percentage. Python ints are unbounded: values beyond 2^53 come back as bigint.

/** Python's ValueError from a failed conversion; behave reports it as a StepParseError. */
export class ConversionError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ValueError'
  }
}

const CHARS = '0123456789abcdefghijklmnopqrstuvwxyz'

/** parse.int_convert(base): sign, base detection from 0b/0o/0x when no base is given, then int(). */
export function intConvert(text: string, base?: number): number | bigint {
  let sign = 1n
  let start = 0
  if (text[0] === '-') {
    sign = -1n
    start = 1
  } else if (text[0] === '+') start = 1
  if (base === undefined) {
    base = 10
    if (text[start] === '0' && text.length - start > 2) {
      const marker = text[start + 1]!
      if ('bB'.includes(marker)) base = 2
      else if ('oO'.includes(marker)) base = 8
      else if ('xX'.includes(marker)) base = 16
    }
  }
  const chars = CHARS.slice(0, base)
  const digits = [...text.toLowerCase()].filter((c) => chars.includes(c)).join('')
  if (!digits) throw new ConversionError(`invalid literal for int() with base ${base}: '${text}'`)
  let value = 0n
  for (const d of digits) value = value * BigInt(base) + BigInt(chars.indexOf(d))
  return pyInt(sign * value)
}

/** An integer as a number when it is exact, else as a bigint. */
function pyInt(value: bigint): number | bigint {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(value) : value
}

/** Python's float(): surrounding whitespace, a sign, Unicode digits, nan and inf are accepted. */
export function pyFloat(text: string): number {
  const s = asciiDigits(text).trim().replace(/_/g, '')
  const special = /^([-+]?)(nan|inf|infinity)$/i.exec(s)
  if (special) return special[2]!.toLowerCase() === 'nan' ? NaN : special[1] === '-' ? -Infinity : Infinity
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s))
    throw new ConversionError(`could not convert string to float: '${text}'`)
  return Number(s)
}

/** parse's `%` type: the number before the sign, divided by 100. */
export function percentage(text: string): number {
  return pyFloat(text.slice(0, -1)) / 100
}

/** Replaces Unicode decimal digits (category Nd) by ASCII ones, as Python's int() and float() read them. */
export function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (digit) => {
    // Nd digits come in runs of ten starting at zero: the digit is the distance from the run start.
    let start = digit.codePointAt(0)!
    while (/\p{Nd}/u.test(String.fromCodePoint(start - 1))) start -= 1
    return String((digit.codePointAt(0)! - start) % 10)
  })
}
