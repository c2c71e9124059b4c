// Entry point for generated feature modules (not for step files).
export { defineFeature } from './define-feature.js'
export type { RunOptions } from './define-feature.js'
export { collectGroup } from './feature-group.js'
