Feature: Coverage of the system under test, and resources per worker
  V8 coverage from a feature run shows which lines of the system under test the
  scenarios executed; .feature files and generated code never appear in it. A worker
  can own a resource such as a database connection for all the scenarios it runs.

  Scenario: Lines a scenario executes are covered; feature files are not reported
    Given the file "src/calc.ts":
      """ts
      export function add(a: number, b: number): number {
        return a + b
      }

      export function divide(a: number, b: number): number {
        if (b === 0) throw new Error('division by zero')
        return a / b
      }
      """
    And the file "steps/calc.ts":
      """ts
      import { Then, When } from 'brine'
      import { expect } from 'vitest'
      import { add } from '../src/calc.ts'

      When('I add {int} and {int}', (world, a, b) => {
        world.result = add(a, b)
      })
      Then('I get {int}', (world, n) => {
        expect(world.result).toBe(n)
      })
      """
    And the file "features/calc.feature":
      """gherkin
      Feature: Calculator
        Scenario: add
          When I add 2 and 3
          Then I get 5
      """
    When I run Vitest with "--coverage --coverage.reporter=json --coverage.include=src/** --coverage.include=features/**"
    Then the run passes
    And the coverage report covers line 2 of "src/calc.ts" but not line 6
    And the coverage report has no ".feature" file

  Scenario: One SQLite connection per worker, opened in BeforeAll and closed in AfterAll
    Given the file "steps/db.ts":
      """ts
      import Database from 'better-sqlite3'
      import { join } from 'node:path'
      import { AfterAll, BeforeAll, Given, Then, workerTmpDir } from 'brine'
      import { expect } from 'vitest'

      let db: Database.Database
      BeforeAll(() => {
        db = new Database(join(workerTmpDir(), 'test.db'))
        db.exec('create table items (name text, scenario text)')
      })
      AfterAll(() => db.close())

      Given('I store {string}', (world, name) => {
        db.prepare('insert into items values (?, ?)').run(name, world.scenario.name)
      })
      Then('this scenario sees only {string}', (world, name) => {
        const rows = db.prepare('select name from items where scenario = ?').all(world.scenario.name)
        expect(rows).toEqual([{ name }])
      })
      """
    And the file "features/db.feature":
      """gherkin
      Feature: Database
        Scenario: apples
          Given I store "apple"
          Then this scenario sees only "apple"

        Scenario: pears
          Given I store "pear"
          Then this scenario sees only "pear"
      """
    When I run Vitest
    Then the run passes
