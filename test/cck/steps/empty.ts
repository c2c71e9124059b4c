// The sample has no step definitions: its only scenario has no steps.
export {}
