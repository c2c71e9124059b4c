// brine/python: Python's built-ins with Python's semantics, for step code migrated from behave.
export * from './builtins.js'
