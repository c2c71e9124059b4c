// Compile-time checks (npm test typechecks this file) plus a run of each definition.
import { describe, expect, expectTypeOf, test } from 'vitest'
import { DataTable, DocString, Given, World, type ExpressionParams } from '../../src/runtime/index.ts'

declare module '../../src/runtime/index.ts' {
  interface ParameterTypes {
    color: 'red' | 'blue'
  }
}

describe('argument types come from the expression text', () => {
  test('built-in and custom parameter types', () => {
    expectTypeOf<ExpressionParams<'I have {int} apples'>>().toEqualTypeOf<[number]>()
    expectTypeOf<ExpressionParams<'{float} {string} {word} {}'>>().toEqualTypeOf<[number, string, string, string]>()
    expectTypeOf<ExpressionParams<'a {color} ball'>>().toEqualTypeOf<['red' | 'blue']>()
    expectTypeOf<ExpressionParams<'a {mystery} thing'>>().toEqualTypeOf<[unknown]>()
    expectTypeOf<ExpressionParams<'no parameters'>>().toEqualTypeOf<[]>()
    expectTypeOf<ExpressionParams<'escaped \\{int} then {int}'>>().toEqualTypeOf<[number]>()
    expectTypeOf<ExpressionParams<string>>().toEqualTypeOf<unknown[]>()
  })

  test('step functions are checked against them', () => {
    Given('I have {int} apples and {string}', (world, n, name) => {
      expectTypeOf(world).toMatchTypeOf<World>()
      expectTypeOf(n).toEqualTypeOf<number>()
      expectTypeOf(name).toEqualTypeOf<string>()
    })
    Given('the note says:', (world, doc) => {
      expectTypeOf(doc.mediaType).toEqualTypeOf<string | undefined>()
      return String(doc)
    })
    Given('I add:', (world, table: DataTable) => table.hashes())
    Given('a doc:', (world, doc: DocString) => doc.content)
    Given(/^I eat (\d+)$/, (world, n: string) => Number(n))
    Given('with options {int}', { timeout: 10 }, function (this: World, world, n) {
      expectTypeOf(this).toEqualTypeOf<World>()
      expectTypeOf(n).toEqualTypeOf<number>()
    })
    // @ts-expect-error: {int} gives a number, not a string
    Given('wrong {int}', (world, n: string) => n)
    expect(true).toBe(true)
  })
})
