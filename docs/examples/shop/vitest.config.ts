import { defineConfig } from 'vitest/config'
import { brine } from 'brine/plugin'

export default defineConfig({
  plugins: [brine({ worldParameters: { currency: 'EUR' } })],
  test: {
    reporters: [
      'default',
      'brine/reporters/summary',
      ['brine/reporters/messages', { outputFile: 'reports/cucumber-messages.ndjson' }],
      ['brine/reporters/cucumber-json', { outputFile: 'reports/cucumber.json' }],
      ['brine/reporters/html', { outputFile: 'reports/cucumber.html' }],
      ['brine/reporters/rerun', { outputFile: 'reports/rerun.txt' }],
    ],
  },
})
