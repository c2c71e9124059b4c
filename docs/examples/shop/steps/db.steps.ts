import { expect } from 'vitest'
// #region worker-resources
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { AfterAll, BeforeAll, Given, workerTmpDir } from 'brine'

let db: Database.Database
BeforeAll(() => {
  db = new Database(join(workerTmpDir(), 'test.db'))
  db.exec('create table items (name text)')
})
AfterAll(() => db.close())

Given('I store {string}', (world, name) => {
  db.prepare('insert into items values (?)').run(name)
})
// #endregion worker-resources

Given('the store holds {string}', (_world, name) => {
  expect(db.prepare('select count(*) as n from items where name = ?').get(name)).toEqual({ n: 1 })
})
