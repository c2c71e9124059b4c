import { defineConfig } from 'vitest/config'
import { brine } from 'brine/plugin'

export default defineConfig({
  plugins: [brine()],
})
