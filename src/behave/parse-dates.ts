// parse's date and time types (ti te tg ta th tc tt ts): their patterns and date_convert, ported.
// Values are PyDateTime (a Date that also keeps Python's fields, microseconds and UTC offset) or
// PyTime for time-only fields. A datetime without an offset is local time, as Python's naive ones.
import { asciiDigits, ConversionError } from './parse-numbers.js'
import { PY_DIGIT, PY_SPACE } from './py-regex.js'

const d = `[${PY_DIGIT}]`
const s = `[${PY_SPACE}]`
const MONTHS: Record<string, number> = {}
const monthNames =
  'Jan January Feb February Mar March Apr April May May Jun June Jul July Aug August Sep September Oct October Nov November Dec December'.split(
    ' ',
  )
monthNames.forEach((name, i) => (MONTHS[name] = Math.floor(i / 2) + 1))
const DAYS_PAT = '(Mon|Tue|Wed|Thu|Fri|Sat|Sun)'
const MONTHS_PAT = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)'
const ALL_MONTHS_PAT = `(${[...new Set(monthNames)].join('|')})`
const TIME_PAT = `(${d}{1,2}:${d}{1,2}(:${d}{1,2}(\\.${d}+)?)?)`
const AM_PAT = `(${s}+[AP]M)`
const TZ_PAT = `(${s}+[-+]${d}${d}?:?${d}${d})`

interface DateSpec {
  pattern: string
  ymd?: number
  mdy?: number
  dmy?: number
  dMY?: [number, number, number]
  hms?: number
  am?: number
  tz?: number
  mm?: number
  dd?: number
}

/** Group numbers are those of parse's date_convert partials, relative to the type's own pattern. */
export const DATE_TYPES: Record<string, DateSpec> = {
  ti: {
    pattern: `(${d}{4}-${d}${d}-${d}${d})((${s}+|T)${TIME_PAT})?(Z|${s}*[-+]${d}${d}:?${d}${d})?`,
    ymd: 1,
    hms: 4,
    tz: 7,
  },
  tg: {
    pattern: `(${d}{1,2}[-/](${d}{1,2}|${ALL_MONTHS_PAT})[-/]${d}{4})(${s}+${TIME_PAT})?${AM_PAT}?${TZ_PAT}?`,
    dmy: 1,
    hms: 5,
    am: 8,
    tz: 9,
  },
  ta: {
    pattern: `((${d}{1,2}|${ALL_MONTHS_PAT})[-/]${d}{1,2}[-/]${d}{4})(${s}+${TIME_PAT})?${AM_PAT}?${TZ_PAT}?`,
    mdy: 1,
    hms: 5,
    am: 8,
    tz: 9,
  },
  te: {
    pattern: `(${DAYS_PAT},${s}+)?(${d}{1,2}${s}+${MONTHS_PAT}${s}+${d}{4})${s}+${TIME_PAT}${TZ_PAT}`,
    dmy: 3,
    hms: 5,
    tz: 8,
  },
  th: { pattern: `(${d}{1,2}[-/]${MONTHS_PAT}[-/]${d}{4}):${TIME_PAT}${TZ_PAT}`, dmy: 1, hms: 3, tz: 6 },
  tc: {
    pattern: `(${DAYS_PAT})${s}+${MONTHS_PAT}${s}+(${d}{1,2})${s}+${TIME_PAT}${s}+(${d}{4})`,
    dMY: [4, 3, 8],
    hms: 5,
  },
  tt: { pattern: `${TIME_PAT}?${AM_PAT}?${TZ_PAT}?`, hms: 1, am: 4, tz: 5 },
  ts: { pattern: `${MONTHS_PAT}(${s}+)(${d}+)(${s}+)(${d}{1,2}:${d}{1,2}:${d}{1,2})?`, mm: 1, dd: 3, hms: 5 },
}

const int = (text: string | undefined): number => {
  const digits = asciiDigits((text ?? '').trim())
  if (!/^[-+]?\d+$/.test(digits)) throw new ConversionError(`invalid literal for int() with base 10: '${text}'`)
  return Number(digits)
}

/** Converts the text a date field matched, as parse's date_convert does. */
export function dateConvert(type: string, text: string, flags: string): PyDateTime | PyTime {
  const spec = DATE_TYPES[type]!
  const g = new RegExp(`^(?:${spec.pattern})$`, flags).exec(text)
  if (!g) throw new ConversionError(`'${text}' does not match the ${type} date format`)
  let y: string | undefined, m: string | undefined, day: string | undefined
  let timeOnly = false
  const split3 = (value: string) => {
    const parts = value.split(new RegExp(`[-/${PY_SPACE}]`, 'u'))
    if (parts.length !== 3) throw new ConversionError(`too many values to unpack (expected 3)`)
    return parts as [string, string, string]
  }
  if (spec.mm && spec.dd) [y, m, day] = [String(new Date().getFullYear()), g[spec.mm], g[spec.dd]]
  else if (spec.ymd) [y, m, day] = split3(g[spec.ymd]!)
  else if (spec.mdy) [m, day, y] = split3(g[spec.mdy]!)
  else if (spec.dmy) [day, m, y] = split3(g[spec.dmy]!)
  else if (spec.dMY) [day, m, y] = spec.dMY.map((i) => g[i]) as [string, string, string]
  else timeOnly = true

  let [H, M, S, us] = [0, 0, 0, 0]
  const hms = spec.hms ? g[spec.hms] : undefined
  if (hms) {
    const t = hms.split(':')
    H = int(t[0])
    M = int(t[1])
    if (t.length > 2) {
      const [sec, fraction] = t[2]!.split('.')
      if (fraction !== undefined) us = Math.trunc(Number(`.${asciiDigits(fraction)}`) * 1000000)
      S = int(sec)
    }
  }
  const am = spec.am ? g[spec.am]?.trim() : undefined
  if (am === 'AM' && H === 12) H -= 12
  else if (am === 'PM' && H !== 12) H += 12

  const offset = spec.tz ? tzOffset(g[spec.tz]) : null
  if (timeOnly) return new PyTime(H, M, S, us, offset)
  const month = /^\p{Nd}+$/u.test(m!) ? int(m) : MONTHS[m!]
  if (month === undefined) throw new ConversionError(`KeyError: '${m}'`)
  return new PyDateTime(int(y), month, int(day), H, M, S, us, offset)
}

/** Minutes east of UTC, or null for no zone. */
function tzOffset(tz: string | undefined): number | null {
  if (!tz) return null
  if (tz === 'Z') return 0
  tz = tz.trim()
  const sign = tz[0]
  let hours: string, minutes: string
  if (tz.includes(':')) [hours, minutes] = tz.slice(1).split(':') as [string, string]
  else if (tz.length === 4) [hours, minutes] = [tz[1]!, tz.slice(2, 4)]
  else [hours, minutes] = [tz.slice(1, 3), tz.slice(3, 5)]
  const offset = int(minutes) + int(hours) * 60
  if (offset >= 24 * 60)
    throw new ConversionError(
      'offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24)',
    )
  return sign === '-' ? -offset : offset
}

function check(value: number, low: number, high: number, what: string): void {
  if (value < low || value > high) throw new ConversionError(`${what} must be in ${low}..${high}`)
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

function isoOffset(offset: number | null): string {
  if (offset === null) return ''
  const abs = Math.abs(offset)
  return `${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
}

function isoTime(H: number, M: number, S: number, us: number): string {
  return `${pad(H)}:${pad(M)}:${pad(S)}${us ? `.${pad(us, 6)}` : ''}`
}

/** A Python datetime: a Date at the same instant, plus Python's fields and its UTC offset. */
export class PyDateTime extends Date {
  constructor(
    readonly year: number,
    readonly month: number,
    readonly day: number,
    readonly hour: number,
    readonly minute: number,
    readonly second: number,
    readonly microsecond: number,
    /** Minutes east of UTC; null for a naive (local) datetime. */
    readonly utcOffset: number | null,
  ) {
    check(month, 1, 12, 'month')
    if (day < 1 || day > new Date(Date.UTC(2000, month, 0)).getUTCDate() + (month === 2 && !leap(year) ? -1 : 0)) {
      throw new ConversionError('day is out of range for month')
    }
    check(hour, 0, 23, 'hour')
    check(minute, 0, 59, 'minute')
    check(second, 0, 59, 'second')
    const ms = Math.floor(microsecond / 1000)
    const utc = new Date(0)
    utc.setUTCFullYear(year, month - 1, day)
    utc.setUTCHours(hour, minute, second, ms)
    if (utcOffset === null) {
      super(0)
      this.setFullYear(year, month - 1, day)
      this.setHours(hour, minute, second, ms)
    } else super(utc.getTime() - utcOffset * 60000)
  }

  /** Python's datetime.isoformat(). */
  isoformat(): string {
    const date = `${pad(this.year, 4)}-${pad(this.month)}-${pad(this.day)}`
    return `${date}T${isoTime(this.hour, this.minute, this.second, this.microsecond)}${isoOffset(this.utcOffset)}`
  }

  override toJSON(): string {
    return this.isoformat()
  }
}

function leap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/** A Python time of day (parse's `tt` type), with an optional UTC offset in minutes. */
export class PyTime {
  constructor(
    readonly hour: number,
    readonly minute: number,
    readonly second: number,
    readonly microsecond: number,
    readonly utcOffset: number | null,
  ) {
    check(hour, 0, 23, 'hour')
    check(minute, 0, 59, 'minute')
    check(second, 0, 59, 'second')
  }

  /** Python's time.isoformat(). */
  isoformat(): string {
    return `${isoTime(this.hour, this.minute, this.second, this.microsecond)}${isoOffset(this.utcOffset)}`
  }

  toString(): string {
    return this.isoformat()
  }

  toJSON(): string {
    return this.isoformat()
  }
}
