// datetime: date, datetime, time, timedelta and timezone as Python has them — fields rather than a
// JavaScript Date, arithmetic and comparisons through dunders, isoformat/str/repr, strftime and
// strptime for the common directives. Naive datetimes are local time, as in Python.
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { TypeError_, ValueError } from '../errors.js'
import { kw, splitKwargs } from '../kwargs.js'
import { NotImplemented } from '../operators.js'
import { pyModule } from '../registry.js'

const DAY_US = 86_400_000_000
const pad = (n: number, width = 2) => String(Math.trunc(n)).padStart(width, '0')
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

function named(args: any[], names: string[], defaults: Record<string, number> = {}): Record<string, any> {
  const [positional, kwargs] = splitKwargs(args)
  const out: Record<string, any> = { ...defaults }
  names.forEach((n, i) => {
    if (i < positional.length) out[n] = positional[i]
    else if (n in kwargs) out[n] = kwargs[n]
  })
  return out
}

class timedelta {
  readonly days: number
  readonly seconds: number
  readonly microseconds: number
  constructor(...args: any[]) {
    const a = named(args, ['days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks'])
    const us = Math.round(
      (a.weeks ?? 0) * 7 * DAY_US +
        (a.days ?? 0) * DAY_US +
        (a.hours ?? 0) * 3.6e9 +
        (a.minutes ?? 0) * 6e7 +
        (a.seconds ?? 0) * 1e6 +
        (a.milliseconds ?? 0) * 1e3 +
        (a.microseconds ?? 0),
    )
    this.days = Math.floor(us / DAY_US)
    const rest = us - this.days * DAY_US
    this.seconds = Math.floor(rest / 1e6)
    this.microseconds = rest - this.seconds * 1e6
  }
  static fromMicroseconds(us: number): timedelta {
    return new timedelta(0, 0, us)
  }
  get us(): number {
    return this.days * DAY_US + this.seconds * 1e6 + this.microseconds
  }
  total_seconds(): number {
    return this.us / 1e6
  }
  __add__(o: any): any {
    if (o instanceof timedelta) return timedelta.fromMicroseconds(this.us + o.us)
    if (o instanceof date) return o.__add__(this)
    return NotImplemented
  }
  __radd__(o: any): any {
    return this.__add__(o)
  }
  __sub__(o: any): any {
    return o instanceof timedelta ? timedelta.fromMicroseconds(this.us - o.us) : NotImplemented
  }
  __mul__(n: any): any {
    return typeof n === 'number' ? timedelta.fromMicroseconds(this.us * n) : NotImplemented
  }
  __rmul__(n: any): any {
    return this.__mul__(n)
  }
  __truediv__(o: any): any {
    return o instanceof timedelta ? this.us / o.us : timedelta.fromMicroseconds(this.us / o)
  }
  __floordiv__(o: any): any {
    return o instanceof timedelta ? Math.floor(this.us / o.us) : timedelta.fromMicroseconds(Math.floor(this.us / o))
  }
  __mod__(o: timedelta): timedelta {
    return timedelta.fromMicroseconds(((this.us % o.us) + o.us) % o.us)
  }
  __neg__(): timedelta {
    return timedelta.fromMicroseconds(-this.us)
  }
  __abs__(): timedelta {
    return timedelta.fromMicroseconds(Math.abs(this.us))
  }
  __bool__(): boolean {
    return this.us !== 0
  }
  __eq__(o: any): boolean {
    return o instanceof timedelta && o.us === this.us
  }
  __lt__(o: timedelta): boolean {
    return this.us < o.us
  }
  __le__(o: timedelta): boolean {
    return this.us <= o.us
  }
  __gt__(o: timedelta): boolean {
    return this.us > o.us
  }
  __ge__(o: timedelta): boolean {
    return this.us >= o.us
  }
  __hash__(): number {
    return this.us
  }
  __str__(): string {
    const h = Math.floor(this.seconds / 3600)
    const m = Math.floor((this.seconds % 3600) / 60)
    const s = this.seconds % 60
    const day = this.days ? `${this.days} day${Math.abs(this.days) === 1 ? '' : 's'}, ` : ''
    return `${day}${h}:${pad(m)}:${pad(s)}${this.microseconds ? '.' + pad(this.microseconds, 6) : ''}`
  }
  __repr__(): string {
    const parts = [
      ['days', this.days],
      ['seconds', this.seconds],
      ['microseconds', this.microseconds],
    ].filter(([, v]) => v)
    return `datetime.timedelta(${parts.map(([k, v]) => `${k}=${v}`).join(', ')})`
  }
}

class timezone {
  constructor(
    readonly offset: timedelta,
    readonly tzname_: string | null = null,
  ) {}
  static utc = new timezone(new timedelta(0), 'UTC')
  utcoffset(): timedelta {
    return this.offset
  }
  tzname(): string {
    if (this.tzname_) return this.tzname_
    const m = this.offset.us / 6e7
    return `UTC${m < 0 ? '-' : '+'}${pad(Math.abs(m) / 60)}:${pad(Math.abs(m) % 60)}`
  }
  __eq__(o: any): boolean {
    return o instanceof timezone && o.offset.us === this.offset.us
  }
  __repr__(): string {
    return this.offset.us === 0 ? 'datetime.timezone.utc' : `datetime.timezone(${this.offset.__repr__()})`
  }
}

/** Days since 0001-01-01 (proleptic Gregorian), as date.toordinal() - 1. */
const epochDays = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000 + 719_162

class date {
  readonly year: number
  readonly month: number
  readonly day: number
  constructor(...args: any[]) {
    const a = named(args, ['year', 'month', 'day'])
    this.year = a.year
    this.month = a.month
    this.day = a.day
    const check = new Date(Date.UTC(2000, a.month - 1, a.day))
    if (
      a.month < 1 ||
      a.month > 12 ||
      check.getUTCDate() !== a.day ||
      a.day > new Date(Date.UTC(a.year, a.month, 0)).getUTCDate()
    )
      throw new ValueError('day is out of range for month')
  }
  static today(): date {
    const d = new Date()
    return new date(d.getFullYear(), d.getMonth() + 1, d.getDate())
  }
  static fromordinal(n: number): date {
    const d = new Date((n - 719_163) * 86_400_000)
    return new date(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
  }
  static fromisoformat(s: string): date {
    const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(s)
    if (!m) throw new ValueError(`Invalid isoformat string: '${s}'`)
    return new date(Number(m[1]), Number(m[2]), Number(m[3]))
  }
  toordinal(): number {
    return epochDays(this.year, this.month, this.day) + 1
  }
  weekday(): number {
    return (this.toordinal() + 6) % 7
  }
  isoweekday(): number {
    return this.weekday() + 1
  }
  /** [ISO year, ISO week, ISO weekday]: weeks start on Monday; week 1 holds the year's first Thursday. */
  isocalendar(): number[] {
    const thursday = date.fromordinal(this.toordinal() - this.weekday() + 3)
    const week = Math.floor((thursday.toordinal() - new date(thursday.year, 1, 1).toordinal()) / 7) + 1
    const out = [thursday.year, week, this.isoweekday()]
    return Object.assign(out, { year: out[0], week: out[1], weekday: out[2] })
  }
  /** time.struct_time's fields for this date (and time, for a datetime). */
  timetuple(): number[] {
    const t = this as any
    const yday = this.toordinal() - new date(this.year, 1, 1).toordinal() + 1
    const fields = [
      this.year,
      this.month,
      this.day,
      t.hour ?? 0,
      t.minute ?? 0,
      t.second ?? 0,
      this.weekday(),
      yday,
      -1,
    ]
    const names = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst']
    return Object.assign(fields, Object.fromEntries(names.map((n, i) => [n, fields[i]])))
  }
  /** 'Sun Dec 31 00:00:00 2023', the day padded with a space. */
  ctime(): string {
    const t = this as any
    return `${strftime(this, '%a %b')} ${String(this.day).padStart(2)} ${pad(t.hour ?? 0)}:${pad(t.minute ?? 0)}:${pad(t.second ?? 0)} ${this.year}`
  }
  replace(...args: any[]): any {
    const [, kw] = splitKwargs(args)
    return new date(kw.year ?? this.year, kw.month ?? this.month, kw.day ?? this.day)
  }
  isoformat(): string {
    return `${pad(this.year, 4)}-${pad(this.month)}-${pad(this.day)}`
  }
  strftime(format: string): string {
    return strftime(this, format)
  }
  protected get us(): number {
    return (this.toordinal() - 1) * DAY_US
  }
  __add__(o: any): any {
    if (!(o instanceof timedelta)) return NotImplemented
    return date.fromordinal(this.toordinal() + o.days)
  }
  __radd__(o: any): any {
    return this.__add__(o)
  }
  __sub__(o: any): any {
    if (o instanceof timedelta) return this.__add__(o.__neg__())
    if (o instanceof date && !(o instanceof datetime)) return new timedelta(this.toordinal() - o.toordinal())
    return NotImplemented
  }
  __eq__(o: any): boolean {
    return o instanceof date && o.constructor === this.constructor && o.us === this.us
  }
  __lt__(o: date): boolean {
    return this.us < o.us
  }
  __le__(o: date): boolean {
    return this.us <= o.us
  }
  __gt__(o: date): boolean {
    return this.us > o.us
  }
  __ge__(o: date): boolean {
    return this.us >= o.us
  }
  __hash__(): number {
    return this.us
  }
  __str__(): string {
    return this.isoformat()
  }
  __repr__(): string {
    return `datetime.date(${this.year}, ${this.month}, ${this.day})`
  }
}

class time {
  readonly hour: number
  readonly minute: number
  readonly second: number
  readonly microsecond: number
  readonly tzinfo: timezone | null
  constructor(...args: any[]) {
    const a = named(args, ['hour', 'minute', 'second', 'microsecond', 'tzinfo'], {
      hour: 0,
      minute: 0,
      second: 0,
      microsecond: 0,
    })
    this.hour = a.hour
    this.minute = a.minute
    this.second = a.second
    this.microsecond = a.microsecond
    this.tzinfo = a.tzinfo ?? null
  }
  static fromisoformat(s: string): time {
    const m = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?$/.exec(s)
    if (!m) throw new ValueError(`Invalid isoformat string: '${s}'`)
    return new time(Number(m[1]), Number(m[2]), Number(m[3] ?? 0), Number((m[4] ?? '0').padEnd(6, '0')))
  }
  /** isoformat(timespec='auto'): 'hours' to 'microseconds', or microseconds only when there are any. */
  isoformat(...args: any[]): string {
    const [[timespecArg = 'auto'], { timespec = timespecArg }] = splitKwargs(args)
    const parts = [pad(this.hour), pad(this.minute), pad(this.second)]
    const spec = timespec === 'auto' ? (this.microsecond ? 'microseconds' : 'seconds') : timespec
    const shown = { hours: 1, minutes: 2, seconds: 3, milliseconds: 3, microseconds: 3 }[spec as string]
    if (shown === undefined) throw new ValueError('Unknown timespec value')
    const fraction =
      spec === 'milliseconds'
        ? '.' + pad(Math.floor(this.microsecond / 1000), 3)
        : spec === 'microseconds'
          ? '.' + pad(this.microsecond, 6)
          : ''
    return parts.slice(0, shown).join(':') + fraction
  }
  replace(...args: any[]): time {
    const [, k] = splitKwargs(args)
    return new time(
      k.hour ?? this.hour,
      k.minute ?? this.minute,
      k.second ?? this.second,
      k.microsecond ?? this.microsecond,
      'tzinfo' in k ? k.tzinfo : this.tzinfo,
    )
  }

  strftime(format: string): string {
    return strftime(new datetime(1900, 1, 1, this.hour, this.minute, this.second, this.microsecond), format)
  }
  __eq__(o: any): boolean {
    return o instanceof time && o.isoformat() === this.isoformat()
  }
  __lt__(o: time): boolean {
    return this.isoformat() < o.isoformat()
  }
  __gt__(o: time): boolean {
    return this.isoformat() > o.isoformat()
  }
  __str__(): string {
    return this.isoformat()
  }
  __repr__(): string {
    return `datetime.time(${[this.hour, this.minute, ...(this.second || this.microsecond ? [this.second] : []), ...(this.microsecond ? [this.microsecond] : [])].join(', ')})`
  }
}

class datetime extends date {
  readonly hour: number
  readonly minute: number
  readonly second: number
  readonly microsecond: number
  readonly tzinfo: timezone | null
  constructor(...args: any[]) {
    const a = named(args, ['year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond', 'tzinfo'], {
      hour: 0,
      minute: 0,
      second: 0,
      microsecond: 0,
    })
    super(a.year, a.month, a.day)
    this.hour = a.hour
    this.minute = a.minute
    this.second = a.second
    this.microsecond = a.microsecond
    this.tzinfo = a.tzinfo ?? null
  }
  static fromDate(d: Date, tz: timezone | null): datetime {
    if (tz) {
      const shifted = new Date(d.getTime() + tz.offset.us / 1000)
      return new datetime(
        shifted.getUTCFullYear(),
        shifted.getUTCMonth() + 1,
        shifted.getUTCDate(),
        shifted.getUTCHours(),
        shifted.getUTCMinutes(),
        shifted.getUTCSeconds(),
        shifted.getUTCMilliseconds() * 1000,
        tz,
      )
    }
    return new datetime(
      d.getFullYear(),
      d.getMonth() + 1,
      d.getDate(),
      d.getHours(),
      d.getMinutes(),
      d.getSeconds(),
      d.getMilliseconds() * 1000,
    )
  }
  static now(tz: timezone | null = null): datetime {
    return datetime.fromDate(new Date(), tz)
  }
  static override today(): datetime {
    return datetime.now()
  }
  static utcfromtimestamp(seconds: number): datetime {
    return datetime.fromtimestamp(seconds, timezone.utc).replace(kw({ tzinfo: null }))
  }
  tzname(): string | null {
    return this.tzinfo?.tzname() ?? null
  }
  static utcnow(): datetime {
    const d = datetime.fromDate(new Date(), timezone.utc)
    return d.replace(kw({ tzinfo: null }))
  }
  static fromtimestamp(seconds: number, tz: timezone | null = null): datetime {
    return datetime.fromDate(new Date(seconds * 1000), tz)
  }
  static combine(d: date, t: time): datetime {
    return new datetime(d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond, t.tzinfo)
  }
  static override fromisoformat(s: string): datetime {
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?(Z|[+-]\d{2}:\d{2})?$/.exec(
      s,
    )
    if (!m) throw new ValueError(`Invalid isoformat string: '${s}'`)
    const tz = m[8]
      ? m[8] === 'Z'
        ? timezone.utc
        : new timezone(
            new timedelta(
              0,
              0,
              0,
              0,
              (m[8][0] === '-' ? -1 : 1) * (Number(m[8].slice(1, 3)) * 60 + Number(m[8].slice(4))),
            ),
          )
      : null
    return new datetime(
      Number(m[1]),
      Number(m[2]),
      Number(m[3]),
      Number(m[4] ?? 0),
      Number(m[5] ?? 0),
      Number(m[6] ?? 0),
      Number((m[7] ?? '').padEnd(6, '0')),
      tz,
    )
  }
  static strptime(text: string, format: string): datetime {
    return strptime(text, format)
  }
  date(): date {
    return new date(this.year, this.month, this.day)
  }
  time(): time {
    return new time(this.hour, this.minute, this.second, this.microsecond)
  }
  protected override get us(): number {
    const local =
      (this.toordinal() - 1) * DAY_US + ((this.hour * 60 + this.minute) * 60 + this.second) * 1e6 + this.microsecond
    return this.tzinfo ? local - this.tzinfo.offset.us : local
  }
  timestamp(): number {
    if (this.tzinfo) return (this.us - 719_162 * DAY_US) / 1e6
    return (
      new Date(
        this.year,
        this.month - 1,
        this.day,
        this.hour,
        this.minute,
        this.second,
        this.microsecond / 1000,
      ).getTime() / 1000
    )
  }
  override replace(...args: any[]): any {
    const [, kw] = splitKwargs(args)
    const f = (k: string) => (k in kw ? kw[k] : (this as any)[k])
    return new datetime(
      f('year'),
      f('month'),
      f('day'),
      f('hour'),
      f('minute'),
      f('second'),
      f('microsecond'),
      f('tzinfo'),
    )
  }
  astimezone(tz: timezone = timezone.utc): datetime {
    return datetime.fromDate(new Date(this.timestamp() * 1000), tz)
  }
  utcoffset(): timedelta | null {
    return this.tzinfo?.offset ?? null
  }
  /** isoformat(sep='T', timespec='auto'). */
  override isoformat(...args: any[]): string {
    const [[sepArg = 'T', timespecArg = 'auto'], kwargs] = splitKwargs(args)
    const { sep = sepArg, timespec = timespecArg } = kwargs
    const offset = this.tzinfo ? tzOffset(this.tzinfo, true) : ''
    return `${super.isoformat()}${sep}${this.time().isoformat(kw({ timespec }))}${offset}`
  }
  override __add__(o: any): any {
    if (!(o instanceof timedelta)) return NotImplemented
    const local = this.us + (this.tzinfo?.offset.us ?? 0) + o.us
    const d = new Date((local - 719_162 * DAY_US) / 1000)
    return new datetime(
      d.getUTCFullYear(),
      d.getUTCMonth() + 1,
      d.getUTCDate(),
      d.getUTCHours(),
      d.getUTCMinutes(),
      d.getUTCSeconds(),
      ((local % 1e6) + 1e6) % 1e6,
      this.tzinfo,
    )
  }
  override __sub__(o: any): any {
    if (o instanceof timedelta) return this.__add__(o.__neg__())
    if (o instanceof datetime) {
      if (!this.tzinfo !== !o.tzinfo) throw new TypeError_("can't subtract offset-naive and offset-aware datetimes")
      return timedelta.fromMicroseconds(this.us - o.us)
    }
    return NotImplemented
  }
  override __str__(): string {
    return this.isoformat(' ')
  }
  override __repr__(): string {
    const fields = [
      this.year,
      this.month,
      this.day,
      this.hour,
      this.minute,
      ...(this.second || this.microsecond ? [this.second] : []),
      ...(this.microsecond ? [this.microsecond] : []),
    ]
    return `datetime.datetime(${fields.join(', ')}${this.tzinfo ? `, tzinfo=${this.tzinfo.__repr__()}` : ''})`
  }
}

function tzOffset(tz: timezone, colon: boolean): string {
  const m = tz.offset.us / 6e7
  return `${m < 0 ? '-' : '+'}${pad(Math.abs(m) / 60)}${colon ? ':' : ''}${pad(Math.abs(m) % 60)}`
}

/** Python's strftime for date, datetime and time.struct_time values. */
export function strftime(value: any, format: string, utc = false): string {
  const d: any =
    value instanceof Date ? (utc ? datetime.fromDate(value, timezone.utc) : datetime.fromDate(value, null)) : value
  const hour = d.hour ?? 0
  const directives: Record<string, () => string> = {
    Y: () => pad(d.year, 4),
    y: () => pad(d.year % 100),
    m: () => pad(d.month),
    d: () => pad(d.day),
    e: () => String(d.day).padStart(2, ' '),
    H: () => pad(hour),
    I: () => pad(hour % 12 || 12),
    M: () => pad(d.minute ?? 0),
    S: () => pad(d.second ?? 0),
    f: () => pad(d.microsecond ?? 0, 6),
    p: () => (hour < 12 ? 'AM' : 'PM'),
    b: () => MONTHS[d.month - 1]!.slice(0, 3),
    B: () => MONTHS[d.month - 1]!,
    a: () => DAYS[d.weekday()]!.slice(0, 3),
    A: () => DAYS[d.weekday()]!,
    w: () => String((d.weekday() + 1) % 7),
    j: () => pad(d.toordinal() - new date(d.year, 1, 1).toordinal() + 1, 3),
    // Week of the year, weeks starting on Sunday (%U) or Monday (%W); days before the first are week 0.
    U: () => pad(Math.floor((d.toordinal() - new date(d.year, 1, 1).toordinal() + 7 - ((d.weekday() + 1) % 7)) / 7)),
    W: () => pad(Math.floor((d.toordinal() - new date(d.year, 1, 1).toordinal() + 7 - d.weekday()) / 7)),
    z: () => (d.tzinfo ? tzOffset(d.tzinfo, false) : ''),
    Z: () => d.tzinfo?.tzname() ?? '',
    '%': () => '%',
  }
  return format.replace(/%(.)/g, (m, c: string) => directives[c]?.() ?? m)
}

function strptime(text: string, format: string): datetime {
  const fields: string[] = []
  const parts: Record<string, string> = {
    Y: '(\\d{4})',
    y: '(\\d{2})',
    m: '(\\d{1,2})',
    d: '(\\d{1,2})',
    H: '(\\d{1,2})',
    I: '(\\d{1,2})',
    M: '(\\d{1,2})',
    S: '(\\d{1,2})',
    f: '(\\d{1,6})',
    p: '(AM|PM|am|pm)',
    b: '([A-Za-z]{3})',
    B: '([A-Za-z]+)',
    a: '[A-Za-z]{3}',
    A: '[A-Za-z]+',
    j: '(\\d{1,3})',
    z: '([+-]\\d{4}|Z)',
    '%': '%',
  }
  const source = format.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%(.)/g, (_m, c: string) => {
    if (!(c in parts)) throw new ValueError(`'${c}' is a bad directive in format '%${c}'`)
    if (parts[c]!.startsWith('(')) fields.push(c)
    return parts[c]!
  })
  const m = new RegExp(`^${source}$`).exec(text)
  if (!m) throw new ValueError(`time data '${text}' does not match format '${format}'`)
  const v: Record<string, string> = Object.fromEntries(fields.map((f, i) => [f, m[i + 1]!]))
  const month = v.m
    ? Number(v.m)
    : v.b || v.B
      ? MONTHS.findIndex((n) => n.toLowerCase().startsWith((v.b ?? v.B)!.toLowerCase())) + 1
      : 1
  let hour = Number(v.H ?? v.I ?? 0)
  if (v.p) hour = (hour % 12) + (v.p.toUpperCase() === 'PM' ? 12 : 0)
  const tz = v.z
    ? v.z === 'Z'
      ? timezone.utc
      : new timezone(
          new timedelta(0, 0, 0, 0, (v.z[0] === '-' ? -1 : 1) * (Number(v.z.slice(1, 3)) * 60 + Number(v.z.slice(3)))),
        )
    : null
  return new datetime(
    v.Y ? Number(v.Y) : v.y ? 2000 + Number(v.y) - (Number(v.y) >= 69 ? 100 : 0) : 1900,
    month,
    Number(v.d ?? 1),
    hour,
    Number(v.M ?? 0),
    Number(v.S ?? 0),
    Number((v.f ?? '').padEnd(6, '0')),
    tz,
  )
}

// The earliest and latest representable values.
Object.assign(date, { min: new date(1, 1, 1), max: new date(9999, 12, 31) })
Object.assign(datetime, { min: new datetime(1, 1, 1), max: new datetime(9999, 12, 31, 23, 59, 59, 999_999) })

export const datetimeModule = pyModule('datetime', {
  date,
  datetime,
  time,
  timedelta,
  timezone,
  MINYEAR: 1,
  MAXYEAR: 9999,
})
