import assert from 'node:assert'
import { DataTable, Then, When } from 'brine'

When('the following table is transposed:', (world, table: DataTable) => {
  world.transposed = table.transpose()
})
Then('it should be:', (world, expected: DataTable) => {
  assert.deepStrictEqual((world.transposed as DataTable).raw(), expected.raw())
})
