// The system under test of the shop example: a cart of named items.
export class Cart {
  readonly items = new Map<string, number>()

  add(name: string, count = 1): void {
    this.items.set(name, (this.items.get(name) ?? 0) + count)
  }

  count(): number {
    let total = 0
    for (const n of this.items.values()) total += n
    return total
  }
}
