// #region world
import { World, setWorldConstructor, type DocString } from 'brine'
import { Cart } from '../src/cart.js'

export class ShopWorld extends World {
  cart = new Cart()
  eaten = 0
  note: DocString | undefined
  bag = ''
}
setWorldConstructor(ShopWorld)

declare module 'brine' {
  interface CustomWorld {
    world: ShopWorld // the World type your steps receive
  }
}
// #endregion world
