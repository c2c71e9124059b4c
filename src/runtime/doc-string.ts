// A Gherkin doc string: behaves as its text (String(doc), template literals, string methods via
// toString) and carries the media type written after the delimiter.

export class DocString {
  constructor(
    readonly content: string,
    readonly mediaType?: string,
    readonly delimiter: string = '"""',
  ) {}

  toString(): string {
    return this.content
  }

  [Symbol.toPrimitive](): string {
    return this.content
  }

  get length(): number {
    return this.content.length
  }
}
