// The sample has no step definitions: its step is undefined.
export {}
