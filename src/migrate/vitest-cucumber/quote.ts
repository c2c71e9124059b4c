// A string as a TypeScript literal in the migrated code: single quotes unless the text has some.
export const quote = (s: string) =>
  s.includes("'") && !s.includes('"')
    ? `"${s.replace(/\\/g, '\\\\')}"`
    : `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
