// brine's behave compatibility layer: what migrated step files import from 'brine/behave'. It
// reproduces behave 1.2.6 / 1.3 binding semantics (matchers, step types, first match wins) and
// behave's layered `context`, on top of brine's runtime.
//
// Calling convention of a step function: `(context, args)`.
//   - `context` is the scenario's Context (a brine World with behave's layered attributes).
//   - `args` holds the values behave would pass: a named field (parse `{name}`, RegExp `(?<name>…)`)
//     under its name, an unnamed field (`{}`, `{0}`, unnamed RegExp group) under its position among
//     the unnamed ones (0, 1, …). Python `def step(context, name, count)` reads `({ name, count })`.
//   - `context.table` / `context.text` hold the step's data table / doc string, or null.
//   - Async step functions, hooks and fixtures are awaited; `context.executeSteps` returns a promise.
//
// Lookup: see lookup.ts. behave definitions bind as behave does (given → Given steps only, step →
// any; the step type's own definitions first, then `step` ones, first registered match wins);
// hand-written brine steps keep Cucumber semantics; a step both families match is ambiguous.

// No lowercase `then`: a module that exports `then` is a thenable, and `await import()` of it
// would call it. Use `Then` (behave's Title-case alias); given/when/step exist in both cases.
export { given, when, step, Given, When, Then, Step, useStepMatcher, setDefaultStepMatcher } from './define-step.js'
export type { BehaveStepFn, BehaveStepOptions, DefineBehaveStep, StepMatcherName } from './define-step.js'
export { setBehaveVersion, behaveVersion } from './version.js'
export type { BehaveVersion } from './version.js'
export type { BehaveArgs, BehaveArgument } from './step-args.js'
export { parse, search, compile, Parser, ParseResult, RepeatedNameError, FormatSpecError } from './parse-format.js'
export type { ParserOptions } from './parse-format.js'
export { PyDateTime, PyTime } from './parse-dates.js'
export { registerType, withPattern } from './type-registry.js'
export type { TypeConverter } from './type-registry.js'
export {
  TypeBuilder,
  makeEnum,
  makeChoice,
  makeChoice2,
  makeVariant,
  makeList,
  withCardinality,
  withOptional,
  withZeroOrOne,
  withMany,
  withOneOrMore,
  withMany0,
  withZeroOrMore,
} from './type-builder.js'
export type { Cardinality } from './type-builder.js'
export { Context } from './context.js'
export { BehaveConfig } from './config.js'
export { UserData } from './userdata.js'
export { Table, Row } from './table.js'
export type { BehaveFeature, BehaveRule, BehaveScenario, BehaveStep } from './model.js'
export {
  beforeAll,
  afterAll,
  beforeFeature,
  afterFeature,
  beforeRule,
  afterRule,
  beforeScenario,
  afterScenario,
  beforeStep,
  afterStep,
  beforeTag,
  afterTag,
} from './environment.js'
export { fixture, useFixture, useFixtureByTag, fixtureCallParams } from './fixtures.js'
export type { FixtureFn, FixtureRegistry } from './fixtures.js'
export { ScenarioSkipped, StepParseError, AmbiguousStep, SubStepError } from './errors.js'
