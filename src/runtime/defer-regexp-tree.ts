// Cucumber Expressions import regexp-match-indices, a polyfill of RegExp match indices that loads
// regexp-tree (a regexp parser) as it loads: about 65 ms of CPU in every worker, as much as the rest
// of brine's runtime. On Node the polyfill hands every match to the native `d` flag and never calls
// regexp-tree, and brine matches through native indices anyway (native-indices.ts). So before
// anything imports Cucumber Expressions, this puts a stand-in for regexp-tree in Node's require
// cache, which loads the real module the first time anything reads from it.
// Imported first by every runtime module that imports Cucumber Expressions.
import { createRequire } from 'node:module'

function deferRegexpTree(from: string): void {
  try {
    const expressions = createRequire(from).resolve('@cucumber/cucumber-expressions')
    const polyfill = createRequire(expressions).resolve('regexp-match-indices')
    const requireFromPolyfill = createRequire(polyfill)
    const path = requireFromPolyfill.resolve('regexp-tree')
    const cache = requireFromPolyfill.cache
    if (cache[path]) return
    let real: object | undefined
    const load = (): object => {
      if (!real) {
        delete cache[path]
        real = requireFromPolyfill('regexp-tree') as object
      }
      return real
    }
    const exports = new Proxy(
      {},
      {
        get: (_, key) => Reflect.get(load(), key),
        has: (_, key) => Reflect.has(load(), key),
        ownKeys: () => Reflect.ownKeys(load()),
        getOwnPropertyDescriptor: (_, key) => {
          const descriptor = Reflect.getOwnPropertyDescriptor(load(), key)
          // A proxy may only report a property as its target has it: configurable, then.
          return descriptor && { ...descriptor, configurable: true }
        },
      },
    )
    cache[path] = { id: path, filename: path, loaded: true, exports, children: [], paths: [] } as unknown as NodeModule
  } catch {
    // A layout this does not know (or no require cache): regexp-tree loads as it always did.
  }
}

deferRegexpTree(import.meta.url)
