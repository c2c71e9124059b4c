// Type-level reading of Cucumber Expressions: `'I have {int} apples'` gives the step function
// `(world, n: number)`. Custom parameter types join through the ParameterTypes interface.
import type { DataTable } from './data-table.js'
import type { DocString } from './doc-string.js'

/**
 * Maps parameter type names to the values steps receive. Augment it for custom types:
 * `declare module 'brine' { interface ParameterTypes { color: Color } }`
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ParameterTypes {}

interface BuiltInParameterTypes {
  int: number
  float: number
  double: number
  byte: number
  short: number
  long: number
  biginteger: bigint
  bigdecimal: string
  word: string
  string: string
  '': string
}

type AllParameterTypes = BuiltInParameterTypes & ParameterTypes

type ValueOf<Name extends string> = Name extends keyof AllParameterTypes ? AllParameterTypes[Name] : unknown

/** Drops `\{` escapes so they are not read as parameters. */
type Unescape<S extends string> = S extends `${infer A}\\{${infer B}` ? `${A}${Unescape<B>}` : S

type ParamsOf<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? [ValueOf<Name>, ...ParamsOf<Rest>]
  : []

/** The argument types a Cucumber Expression passes to its step function. */
export type ExpressionParams<S extends string> = string extends S ? unknown[] : ParamsOf<Unescape<S>>

/**
 * The table or doc string that follows a step's arguments. Typed as both so either use reads
 * naturally; annotate `(world, table: DataTable)` to narrow it.
 */
export type StepArgument = DataTable & DocString

/**
 * A RegExp passes its capture groups as strings (or as a custom type's value when a group matches
 * one), followed by the table or doc string: left untyped so each can be annotated.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RegExpParams = any[]
