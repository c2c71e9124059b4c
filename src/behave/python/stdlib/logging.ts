// logging: loggers by dotted name with levels and propagation to the root logger, handlers
// (StreamHandler to sys.stderr by default, FileHandler, NullHandler), Formatter with Python's
// %(name)s-style fields, and basicConfig.
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { appendFileSync } from 'node:fs'
import { splitKwargs } from '../kwargs.js'
import { pyModule } from '../registry.js'
import { percent, str } from '../text.js'
import { sys } from './sys.js'

const LEVELS: Record<string, number> = {
  CRITICAL: 50,
  FATAL: 50,
  ERROR: 40,
  WARNING: 30,
  WARN: 30,
  INFO: 20,
  DEBUG: 10,
  NOTSET: 0,
}
const levelName = (n: number) => Object.entries(LEVELS).find(([, v]) => v === n)?.[0] ?? `Level ${n}`
const levelOf = (x: any): number => (typeof x === 'string' ? (LEVELS[x.toUpperCase()] ?? 0) : x)

class Formatter {
  constructor(
    readonly fmt: string | null = null,
    readonly datefmt: string | null = null,
  ) {}
  format(record: Record<string, any>): string {
    return percent(this.fmt ?? '%(levelname)s:%(name)s:%(message)s', record)
  }
}

class Handler {
  level = 0
  formatter: Formatter | null = null
  constructor(level: any = 0) {
    this.level = levelOf(level)
  }
  setLevel(level: any): void {
    this.level = levelOf(level)
  }
  setFormatter(f: Formatter): void {
    this.formatter = f
  }
  format(record: Record<string, any>): string {
    return (this.formatter ?? defaultFormatter).format(record)
  }
  handle(record: Record<string, any>): void {
    if (record.levelno >= this.level) this.emit(record)
  }
  emit(_record: Record<string, any>): void {}
  flush(): void {}
  close(): void {}
}

class StreamHandler extends Handler {
  constructor(readonly stream: any = null) {
    super()
  }
  override emit(record: Record<string, any>): void {
    ;(this.stream ?? sys.stderr).write(this.format(record) + '\n')
  }
}

class FileHandler extends Handler {
  constructor(readonly baseFilename: string) {
    super()
  }
  override emit(record: Record<string, any>): void {
    appendFileSync(this.baseFilename, this.format(record) + '\n')
  }
}

const defaultFormatter = new Formatter()
const loggers = new Map<string, Logger>()

class Logger {
  level = 0
  handlers: Handler[] = []
  propagate = true
  disabled = false
  constructor(
    readonly name: string,
    readonly parent: Logger | null,
  ) {}
  setLevel(level: any): void {
    this.level = levelOf(level)
  }
  /** This logger and its ancestors, nearest first. */
  *chain(propagating = false): Generator<Logger> {
    yield this
    if (this.parent && (!propagating || this.propagate)) yield* this.parent.chain(propagating)
  }
  getEffectiveLevel(): number {
    for (const l of this.chain()) if (l.level) return l.level
    return 0
  }
  isEnabledFor(level: number): boolean {
    return !this.disabled && level >= this.getEffectiveLevel()
  }
  addHandler(h: Handler): void {
    if (!this.handlers.includes(h)) this.handlers.push(h)
  }
  removeHandler(h: Handler): void {
    this.handlers = this.handlers.filter((x) => x !== h)
  }
  hasHandlers(): boolean {
    for (const l of this.chain(true)) if (l.handlers.length) return true
    return false
  }
  log(level: any, message: any, ...args: any[]): void {
    const [positional, kwargs] = splitKwargs(args)
    const levelno = levelOf(level)
    if (!this.isEnabledFor(levelno)) return
    const text = positional.length
      ? percent(str(message), positional.length === 1 ? positional[0] : positional)
      : str(message)
    const record = {
      name: this.name,
      levelno,
      levelname: levelName(levelno),
      message: text,
      msg: message,
      asctime: new Date().toISOString(),
      module: '',
      filename: '',
      lineno: 0,
      funcName: '',
      ...kwargs.extra,
    }
    let handled = false
    for (const l of this.chain(true)) {
      for (const h of l.handlers) {
        h.handle(record)
        handled = true
      }
    }
    if (!handled && levelno >= 30) lastResort.handle(record)
  }
  debug(message: any, ...args: any[]): void {
    this.log(10, message, ...args)
  }
  info(message: any, ...args: any[]): void {
    this.log(20, message, ...args)
  }
  warning(message: any, ...args: any[]): void {
    this.log(30, message, ...args)
  }
  warn(message: any, ...args: any[]): void {
    this.log(30, message, ...args)
  }
  error(message: any, ...args: any[]): void {
    this.log(40, message, ...args)
  }
  exception(message: any, ...args: any[]): void {
    this.log(40, message, ...args)
  }
  critical(message: any, ...args: any[]): void {
    this.log(50, message, ...args)
  }
}

const root = new Logger('root', null)
root.level = 30
const lastResort = new StreamHandler()
lastResort.setFormatter(new Formatter('%(message)s'))

function getLogger(name: string | null = null): Logger {
  if (!name || name === 'root') return root
  let logger = loggers.get(name)
  if (!logger) {
    const at = name.lastIndexOf('.')
    logger = new Logger(name, at < 0 ? root : getLogger(name.slice(0, at)))
    loggers.set(name, logger)
  }
  return logger
}

function basicConfig(...args: any[]): void {
  const [, kwargs] = splitKwargs(args)
  if (root.handlers.length && !kwargs.force) return
  if (kwargs.force) root.handlers = []
  const handler = kwargs.filename ? new FileHandler(kwargs.filename) : new StreamHandler(kwargs.stream ?? null)
  handler.setFormatter(new Formatter(kwargs.format ?? null, kwargs.datefmt ?? null))
  root.addHandler(handler)
  if (kwargs.level !== undefined) root.setLevel(kwargs.level)
}

export const logging = pyModule('logging', {
  ...LEVELS,
  getLogger,
  basicConfig,
  Logger,
  Handler,
  StreamHandler,
  FileHandler,
  NullHandler: Handler,
  Formatter,
  root,
  getLevelName: (n: any) => (typeof n === 'number' ? levelName(n) : (LEVELS[n] ?? `Level ${n}`)),
  disable: (level: any = 50) => void (root.disabled = levelOf(level) >= 50),
  debug: (m: any, ...a: any[]) => root.debug(m, ...a),
  info: (m: any, ...a: any[]) => root.info(m, ...a),
  warning: (m: any, ...a: any[]) => root.warning(m, ...a),
  error: (m: any, ...a: any[]) => root.error(m, ...a),
  exception: (m: any, ...a: any[]) => root.exception(m, ...a),
  critical: (m: any, ...a: any[]) => root.critical(m, ...a),
  log: (level: any, m: any, ...a: any[]) => root.log(level, m, ...a),
})
