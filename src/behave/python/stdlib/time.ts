// time: time(), monotonic/perf_counter, sleep() (blocks the worker thread, as Python's blocks its
// thread), and strftime/localtime/gmtime for the common directives.
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { pyModule } from '../registry.js'
import { strftime } from './datetime.js'

const sleeper = new Int32Array(new SharedArrayBuffer(4))

function struct(d: Date, utc: boolean): any {
  const get = (local: () => number, universal: () => number) => (utc ? universal() : local())
  const year = get(
    () => d.getFullYear(),
    () => d.getUTCFullYear(),
  )
  const fields = [
    year,
    get(
      () => d.getMonth(),
      () => d.getUTCMonth(),
    ) + 1,
    get(
      () => d.getDate(),
      () => d.getUTCDate(),
    ),
    get(
      () => d.getHours(),
      () => d.getUTCHours(),
    ),
    get(
      () => d.getMinutes(),
      () => d.getUTCMinutes(),
    ),
    get(
      () => d.getSeconds(),
      () => d.getUTCSeconds(),
    ),
    (get(
      () => d.getDay(),
      () => d.getUTCDay(),
    ) +
      6) %
      7,
    1,
    -1,
  ]
  const names = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst']
  return Object.assign(fields, Object.fromEntries(names.map((n, i) => [n, fields[i]])), { date: d, utc })
}

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
  strftime: (format: string, t: any = null) => strftime(t?.date ?? new Date(), format, t?.utc ?? false),
})
