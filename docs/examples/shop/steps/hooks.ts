// #region hooks
import { Before, After, BeforeStep, BeforeFeature, BeforeAll, AfterAll } from 'brine'

BeforeAll(async () => {
  // once per worker, before its first scenario
})
AfterAll(async () => {
  // once per worker, when it ends
})
BeforeFeature((feature) => {
  console.log(`feature ${feature.name} (${feature.uri}), tags ${feature.tags.join(' ')}`)
})
Before({ tags: '@cart and not @slow', name: 'fill the shelves' }, async (world) => {
  world.cart.add('Bread', 0)
})
After(async (world, { result }) => {
  if (result.status === 'failed') world.attach(JSON.stringify([...world.cart.items]), 'application/json')
})
BeforeStep((world) => {
  world.log(`cart holds ${world.cart.count()}`)
})
// #endregion hooks
