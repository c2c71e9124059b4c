// Entry point for the modules brine generates, feature and group modules (not for step files).
export { defineFeature } from './define-feature.js'
export type { RunOptions } from './define-feature.js'
export { collectGroup } from './collect-group.js'
