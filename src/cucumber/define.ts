// cucumber-js's definition functions on top of brine's registry. Each keeps cucumber-js's calling
// convention: `this` is the World, arguments as cucumber-js passes them (a doc string as its text,
// a data table as cucumber-js's DataTable, RegExp groups through their parameter types), hooks get
// cucumber-js's argument, and callbacks, promises and synchronous code all work.
import { defineParameterType as defineBrineParameterType } from '../runtime/index.js'
import { DataTable as BrineDataTable } from '../runtime/data-table.js'
import { DocString } from '../runtime/doc-string.js'
import type { HookKind, HookOptions } from '../runtime/hook-definition.js'
import type { ScenarioHookArg } from '../runtime/scenario-run.js'
import type { StepOptions } from '../runtime/step-definition.js'
import { supportRegistry } from '../runtime/support-registry.js'
import type { RunContext } from '../runtime/worker-hooks.js'
import { DataTable } from './data-table.js'
import { loadParser, testCaseHookParameter, testCaseStartedId, testStepHookParameter } from './hook-parameters.js'
import { runWithContext, runWithWorld } from './scope.js'
import type {
  DefineTestCaseHook,
  DefineTestRunHook,
  DefineTestStepHook,
  IDefineStep,
  IDefineStepOptions,
  IParameterTypeDefinition,
  ParallelAssignmentValidator,
} from './types.js'
import { runUserCode, setWrapper, type UserFunction } from './user-code.js'
import { worldAdapter } from './world-adapter.js'

let defaultTimeout: number | undefined

/** The timeout of a definition: its own, else setDefaultTimeout's (read when it runs), else brine's stepTimeout. */
function timeoutOf(options: { timeout?: number }): { readonly timeout?: number } {
  return {
    get timeout() {
      return options.timeout ?? defaultTimeout
    },
  }
}

/** Keeps the user's function text, so hooks defined in a loop stay apart in the registry. */
function named<F extends object>(fn: F, code: UserFunction): F {
  return Object.defineProperty(fn, 'toString', { value: () => String(code) })
}

/** Doc strings arrive as their text and data tables as cucumber-js's DataTable. */
function cucumberArgument(value: unknown): unknown {
  if (value instanceof DocString) return value.content
  if (value instanceof BrineDataTable) return new DataTable(value.raw())
  return value
}

function defineStep(pattern: string | RegExp, optionsOrCode: unknown, maybeCode?: unknown): void {
  const [options, code] = (
    typeof optionsOrCode === 'function' ? [{}, optionsOrCode] : [optionsOrCode ?? {}, maybeCode]
  ) as [IDefineStepOptions, UserFunction]
  if (typeof pattern !== 'string' && !(pattern instanceof RegExp)) {
    throw new TypeError(`Step pattern must be a string or a RegExp, got ${typeof pattern}`)
  }
  if (typeof code !== 'function') throw new TypeError(`Step "${String(pattern)}" needs a function`)
  const step = function (world: object, ...args: unknown[]) {
    const last = args.length - 1
    if (last >= 0) args[last] = cucumberArgument(args[last])
    return runWithWorld(world, () => runUserCode({ fn: code, wrapperOptions: options.wrapperOptions }, world, args))
  }
  const stepOptions: StepOptions = Object.assign(timeoutOf(options), { typedRegExpGroups: true })
  supportRegistry().defineStep(pattern, named(step, code), stepOptions)
}

/** Given, When, Then and defineStep: as in cucumber-js, matching ignores the keyword. */
export const Given = defineStep as IDefineStep
export const When = Given
export const Then = Given

function scenarioHook(kind: HookKind): (optionsOrCode: unknown, maybeCode?: unknown) => void {
  const isStepHook = kind === 'BeforeStep' || kind === 'AfterStep'
  return (optionsOrCode, maybeCode) => {
    const [options, code] = (
      typeof optionsOrCode === 'function'
        ? [{}, optionsOrCode]
        : [typeof optionsOrCode === 'string' ? { tags: optionsOrCode } : (optionsOrCode ?? {}), maybeCode]
    ) as [HookOptions & { wrapperOptions?: unknown }, UserFunction]
    if (typeof code !== 'function') throw new TypeError(`${kind} hook needs a function`)
    if (code.length > 0) void loadParser()
    const hook = async function (world: object, arg: ScenarioHookArg) {
      if (code.length > 0) await loadParser()
      const id = idOf(world)
      const parameter = isStepHook ? testStepHookParameter(arg, id) : testCaseHookParameter(arg, id, kind === 'After')
      const run = { fn: code, wrapperOptions: options.wrapperOptions, lengths: [0, 1, 2], lengthsText: '0 or 1' }
      return runWithWorld(world, () => runUserCode(run, world, [parameter]))
    }
    const hookOptions: HookOptions = Object.assign(timeoutOf(options), {
      ...(options.tags ? { tags: options.tags } : {}),
      ...(options.name ? { name: options.name } : {}),
    })
    supportRegistry().defineHook(kind, named(hook, code), hookOptions)
  }
}

/** One testCaseStartedId per scenario run: the World is new for each. */
const ids = new WeakMap<object, string>()
function idOf(world: object): string {
  let id = ids.get(world)
  if (!id) ids.set(world, (id = testCaseStartedId()))
  return id
}

export const Before = scenarioHook('Before') as DefineTestCaseHook
export const After = scenarioHook('After') as DefineTestCaseHook
export const BeforeStep = scenarioHook('BeforeStep') as DefineTestStepHook
export const AfterStep = scenarioHook('AfterStep') as DefineTestStepHook

function runHook(kind: 'BeforeAll' | 'AfterAll'): DefineTestRunHook {
  return ((optionsOrCode: unknown, maybeCode?: unknown) => {
    const [options, code] = (
      typeof optionsOrCode === 'function' ? [{}, optionsOrCode] : [optionsOrCode, maybeCode]
    ) as [HookOptions & { wrapperOptions?: unknown }, UserFunction]
    if (typeof code !== 'function') throw new TypeError(`${kind} hook needs a function`)
    // `this` is the run's context, { parameters }, as in cucumber-js.
    const hook = (context: RunContext) =>
      runWithContext(context, () =>
        runUserCode({ fn: code, wrapperOptions: options?.wrapperOptions, lengths: 'any' }, context, []),
      )
    const hookOptions: HookOptions = Object.assign(
      timeoutOf(options ?? {}),
      options?.name ? { name: options.name } : {},
    )
    supportRegistry().defineHook(kind, named(hook, code), hookOptions)
  }) as DefineTestRunHook
}

export const BeforeAll = runHook('BeforeAll')
export const AfterAll = runHook('AfterAll')

/** Adds a parameter type; its transformer is called with the World as `this`, as in cucumber-js. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function defineParameterType(options: IParameterTypeDefinition<any>): void {
  defineBrineParameterType({
    name: options.name,
    regexp: options.regexp,
    ...(options.transformer ? { transformer: options.transformer } : {}),
    useForSnippets: typeof options.useForSnippets === 'boolean' ? options.useForSnippets : true,
    preferForRegexpMatch: typeof options.preferForRegexpMatch === 'boolean' ? options.preferForRegexpMatch : false,
  })
}

/** The timeout of every step and hook without one of its own, in ms (-1: none). */
export function setDefaultTimeout(milliseconds: number): void {
  defaultTimeout = milliseconds
}

/** Wraps every step and hook function (those defined before it too) as cucumber-js does. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- cucumber-js's own signature
export function setDefinitionFunctionWrapper(fn: Function): void {
  setWrapper(fn)
}

/** Makes every scenario get a fresh instance of `constructor`, called with cucumber-js's World options. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function setWorldConstructor(constructor: any): void {
  supportRegistry().worldConstructor = worldAdapter(constructor)
}

/**
 * Accepted and not applied: brine's workers take whole feature files, with no scheduler to ask.
 * A feature's scenarios run one after another (unless `@concurrent`); `brine migrate` reports
 * each call, since scenarios of different features may still run at the same time.
 */
export function setParallelCanAssign(_fn: ParallelAssignmentValidator): void {}
