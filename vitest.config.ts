import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import { brine } from './src/plugin/index.ts'

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url))

export default defineConfig({
  // brine's own features and steps run against the source, never a build.
  resolve: {
    alias: [
      { find: /^brine$/, replacement: src('runtime/index.ts') },
      { find: /^brine\/internal$/, replacement: src('runtime/internal.ts') },
      { find: /^brine\/behave$/, replacement: src('behave/index.ts') },
      { find: /^brine\/python$/, replacement: src('behave/python/index.ts') },
      { find: /^brine\/reporters\/([\w-]+)$/, replacement: src('reporters/$1.ts') },
    ],
  },
  plugins: [brine()],
  test: {
    include: ['test/**/*.test.ts'],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // The floor under what the suite measures. brine/python and the migrations are exercised mostly by
      // real-project runs in child processes, which v8 coverage of this process does not see.
      thresholds: { lines: 94, branches: 87 },
    },
  },
})
