// behave's `context` as a brine World: attributes live in layers (testrun, feature, rule, scenario) and
// are read through all of them, innermost first; what a scenario or its hooks set is gone after
// it, what beforeAll / beforeFeature set stays for the worker / the feature. Attribute access goes
// through a Proxy, so `context.anything = value` works as in Python.
import { DataTable } from '../runtime/data-table.js'
import { DocString } from '../runtime/doc-string.js'
import { World, type WorldOptions } from '../runtime/world.js'
import { executeSteps } from './execute-steps.js'
import { findLayer, newLayer, type Layer } from './layers.js'
import { behaveScenario, type BehaveFeature, type BehaveRule, type BehaveScenario } from './model.js'
import { featureLayer, existingFeatureLayer, mergeWorldUserdata, ruleLayer, testrunLayer } from './runtime-state.js'
import { Table } from './table.js'
import type { BehaveConfig } from './config.js'
import { BehaveInternalsError } from './errors.js'

// A context's layers, for the object and for its Proxy (a Proxy cannot reach private fields).
const stacks = new WeakMap<object, Layer[]>()

const NO_SCENARIO: WorldOptions = {
  scenario: { name: '', tags: [], uri: '', line: 0 },
  parameters: {},
  attach: () => {},
}

export class Context extends World {
  // Attributes are whatever the steps store, as on behave's context.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  [key: string]: any
  readonly #self: Context
  /** The running scenario (behave's Scenario); undefined in beforeAll / beforeFeature hooks. */
  declare readonly scenario: BehaveScenario
  /** The running feature; undefined in beforeAll / afterAll hooks. */
  declare feature: BehaveFeature
  /** The current step's data table, or null. */
  declare table: Table | null
  /** The current step's doc string, or null. */
  declare text: string | null
  /** Effective tags of the current feature or scenario, without '@'. */
  declare tags: Set<string>
  declare config: BehaveConfig

  /** A scenario's context; `stack` is given for the contexts of beforeAll / beforeFeature hooks. */
  constructor(options: WorldOptions, stack?: Layer[]) {
    super(options)
    // `scenario` is a layer attribute here (behave's Scenario), absent outside a scenario.
    delete (this as { scenario?: unknown }).scenario
    if (!stack) {
      const uri = options.scenario.uri
      const feature = existingFeatureLayer(uri) ?? featureLayer({ name: '', uri, tags: [] })
      const ruleInfo = options.scenario.rule
      const rule = ruleInfo && ruleLayer(uri, ruleInfo)
      const scenarioLayer = newLayer('scenario')
      stack = [scenarioLayer, ...(rule ? [rule] : []), feature, testrunLayer()]
      mergeWorldUserdata(options.parameters)
      const scenario = behaveScenario(
        options.scenario,
        feature.values.feature as BehaveFeature | undefined,
        rule?.values.rule as BehaveRule | undefined,
      )
      Object.assign(scenarioLayer.values, { scenario, tags: new Set(scenario.effective_tags), table: null, text: null })
    }
    this.#self = new Proxy(this, layered)
    stacks.set(this, stack)
    stacks.set(this.#self, stack)
    return this.#self
  }

  /** The context of a hook outside scenarios: its layers, innermost first. */
  static forLayers(stack: Layer[]): Context {
    return new Context(NO_SCENARIO, stack)
  }

  /** The layers, innermost first. */
  static layersOf(context: Context): Layer[] {
    return stacks.get(context)!
  }

  /**
   * Runs Gherkin steps by their text (with tables and doc strings) through the same lookup as the
   * feature's steps. Rejects with behave's "FAILED SUB-STEP: …" when one fails or is undefined.
   */
  executeSteps(steps: string): Promise<true> {
    return executeSteps(this.#self, steps)
  }

  /** behave's name for executeSteps. */
  execute_steps(steps: string): Promise<true> {
    return this.executeSteps(steps)
  }

  /** Runs `fn(...args)` when the current layer ends (scenario, feature or testrun), last added first. */
  addCleanup(fn: (...args: never[]) => unknown, ...args: unknown[]): void {
    if (typeof fn !== 'function') throw new TypeError('addCleanup needs a function')
    const cleanups = Context.layersOf(this)[0]!.cleanups
    if (args.length > 0) cleanups.push(() => (fn as (...a: unknown[]) => unknown)(...args))
    else if (!cleanups.includes(fn)) cleanups.push(fn)
  }

  /** behave's name for addCleanup. */
  add_cleanup(fn: (...args: never[]) => unknown, ...args: unknown[]): void {
    this.addCleanup(fn, ...args)
  }

  /**
   * behave's Runner, which hooks sometimes reach into. brine has none: any use of it fails with
   * an error that says so, where it happens, instead of a TypeError on `undefined`.
   */
  // `any`, as every context attribute, so code translated from Python type-checks.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get _runner(): any {
    return new Proxy(
      {},
      {
        get(_, prop) {
          throw new BehaveInternalsError(`context._runner.${String(prop)}`)
        },
        set(_, prop) {
          throw new BehaveInternalsError(`context._runner.${String(prop)}`)
        },
      },
    )
  }
}

const layered: ProxyHandler<Context> = {
  get(target, prop) {
    if (typeof prop === 'string') {
      const layer = findLayer(Context.layersOf(target), prop)
      if (layer) return layer.values[prop]
    }
    const value: unknown = Reflect.get(target, prop, target)
    // Methods run on the real object, whose private fields a Proxy cannot reach.
    return typeof value === 'function' && !Object.hasOwn(target, prop) ? value.bind(target) : value
  },
  set(target, prop, value) {
    if (typeof prop === 'symbol') return Reflect.set(target, prop, value, target)
    Context.layersOf(target)[0]!.values[prop] = value
    return true
  },
  has(target, prop) {
    return (
      (typeof prop === 'string' && findLayer(Context.layersOf(target), prop) !== undefined) || Reflect.has(target, prop)
    )
  },
  deleteProperty(target, prop) {
    const top = Context.layersOf(target)[0]!
    if (typeof prop === 'string' && Object.hasOwn(top.values, prop)) {
      delete top.values[prop]
      return true
    }
    throw new TypeError(`'Context' object has no attribute '${String(prop)}' at the current level`)
  },
}

/** Sets `context.table` / `context.text` for the step about to run. */
export function setStepArgument(context: World, argument: unknown): void {
  context.table = argument instanceof DataTable ? Table.fromRaw(argument.raw()) : null
  context.text = argument instanceof DocString ? argument.content : null
}
