// time: time(), monotonic/perf_counter, sleep() (blocks the worker thread, as Python's blocks its
// thread), and strftime/localtime/gmtime for the common directives.
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { pyModule } from '../registry.js'
import { datetimeModule, strftime } from './datetime.js'

const sleeper = new Int32Array(new SharedArrayBuffer(4))

/** time.struct_time: a tuple with named fields, in UTC (gmtime) or local time (localtime). */
function struct(d: Date, utc: boolean): any {
  const [year, month, day, hours, minutes, seconds, weekday] = utc
    ? [
        d.getUTCFullYear(),
        d.getUTCMonth(),
        d.getUTCDate(),
        d.getUTCHours(),
        d.getUTCMinutes(),
        d.getUTCSeconds(),
        d.getUTCDay(),
      ]
    : [d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getDay()]
  const yday = (Date.UTC(year, month, day) - Date.UTC(year, 0, 1)) / 86_400_000 + 1
  // Daylight saving time is on when the offset is smaller than the year's larger (winter) offset.
  const winter = Math.max(new Date(year, 0, 1).getTimezoneOffset(), new Date(year, 6, 1).getTimezoneOffset())
  const isdst = utc ? 0 : d.getTimezoneOffset() < winter ? 1 : 0
  const fields = [year, month + 1, day, hours, minutes, seconds, (weekday + 6) % 7, yday, isdst]
  const names = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst']
  return Object.assign(fields, Object.fromEntries(names.map((n, i) => [n, fields[i]])), { date: d, utc })
}

/** mktime(struct_time in local time): seconds since the epoch. */
const mktime = (t: any[]) => new Date(t[0], t[1] - 1, t[2], t[3], t[4], t[5]).getTime() / 1000

export const time = pyModule('time', {
  time: () => Date.now() / 1000,
  time_ns: () => Date.now() * 1e6,
  monotonic: () => performance.now() / 1000,
  perf_counter: () => performance.now() / 1000,
  process_time: () => process.cpuUsage().user / 1e6,
  sleep: (seconds: number) => {
    if (seconds > 0) Atomics.wait(sleeper, 0, 0, seconds * 1000)
  },
  localtime: (seconds: number | null = null) => struct(new Date(seconds === null ? Date.now() : seconds * 1000), false),
  gmtime: (seconds: number | null = null) => struct(new Date(seconds === null ? Date.now() : seconds * 1000), true),
  mktime,
  strptime: (text: string, format = '%a %b %d %H:%M:%S %Y') =>
    datetimeModule.datetime.strptime(text, format).timetuple(),
  strftime: (format: string, t: any = null) => strftime(t?.date ?? new Date(), format, t?.utc ?? false),
})
