// behave's config.userdata: `-D name=value` pairs. In brine they come from the environment variable
// BRINE_USERDATA (`name=value,other=value`) and the plugin's worldParameters.userdata object.

import { KeyError } from './python/errors.js'

/** A dict of strings with behave's typed getters. */
export class UserData {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  [key: string]: any

  constructor(values: Record<string, unknown> = {}) {
    Object.assign(this, values)
  }

  /** `userdata.get(name, default)`. */
  get(name: string, defaultValue: unknown = null): unknown {
    return Object.hasOwn(this, name) ? this[name] : defaultValue
  }

  getint(name: string, defaultValue = 0): number {
    return this.getas((v) => intValue(v, name), name, defaultValue) as number
  }

  getfloat(name: string, defaultValue = 0): number {
    return this.getas((v) => floatValue(v, name), name, defaultValue) as number
  }

  /** true/yes/on/1 and false/no/off/0, in any case. */
  getbool(name: string, defaultValue = false): boolean {
    return this.getas((v) => boolValue(v, name), name, defaultValue) as boolean
  }

  getas(convert: (value: unknown) => unknown, name: string, defaultValue: unknown = null): unknown {
    return Object.hasOwn(this, name) ? convert(this[name]) : defaultValue
  }

  // behave's UserData is a dict: `name in userdata`, `userdata[name]`, len(), iteration, keys()…
  __contains__(name: string): boolean {
    return Object.hasOwn(this, name)
  }

  __getitem__(name: string): unknown {
    if (!Object.hasOwn(this, name)) throw new KeyError(name)
    return this[name]
  }

  __setitem__(name: string, value: unknown): void {
    this[name] = value
  }

  __len__(): number {
    return Object.keys(this).length
  }

  __iter__(): Iterator<string> {
    return Object.keys(this)[Symbol.iterator]()
  }

  keys(): string[] {
    return Object.keys(this)
  }

  values(): unknown[] {
    return Object.values(this)
  }

  items(): [string, unknown][] {
    return Object.entries(this)
  }
}

function intValue(value: unknown, name: string): number {
  if (typeof value === 'number') return Math.trunc(value)
  const text = String(value).trim()
  if (!/^[-+]?\d+$/.test(text)) throw new Error(`ValueError: userdata ${name}=${text} is not an int`)
  return Number(text)
}

function floatValue(value: unknown, name: string): number {
  const n = Number(String(value).trim())
  if (String(value).trim() === '' || Number.isNaN(n))
    throw new Error(`ValueError: userdata ${name}=${String(value)} is not a float`)
  return n
}

function boolValue(value: unknown, name: string): boolean {
  if (typeof value === 'boolean') return value
  const text = String(value).toLowerCase()
  if (['true', 'yes', 'on', '1'].includes(text)) return true
  if (['false', 'no', 'off', '0'].includes(text)) return false
  throw new Error(`ValueError: userdata ${name}=${String(value)} is not a bool`)
}

/** Parses BRINE_USERDATA: `a=1,b=two,flag` (a name without a value is "true", as behave's -D flag). */
export function parseUserdata(text: string | undefined): Record<string, string> {
  const values: Record<string, string> = {}
  for (const pair of (text ?? '').split(',')) {
    if (!pair.trim()) continue
    const eq = pair.indexOf('=')
    if (eq < 0) values[pair.trim()] = 'true'
    else values[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim()
  }
  return values
}
