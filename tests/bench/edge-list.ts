import type { SeededRandom } from "./seeded-random.js";

/** Relationships between indexes of two node lists, compactly: start, end, one number of detail
 *  (a role, a year…) and whether the fact is unverified, drawn with the list's share. */
export class EdgeList {
  readonly from: number[] = [];
  readonly to: number[] = [];
  readonly extra: number[] = [];
  readonly unverified: number[] = [];

  constructor(
    private readonly random: SeededRandom,
    private readonly unverifiedShare = 0.03,
  ) {}

  /** Adds one relationship. */
  add(from: number, to: number, extra = 0): void {
    this.from.push(from);
    this.to.push(to);
    this.extra.push(extra);
    this.unverified.push(this.random.chance(this.unverifiedShare) ? 1 : 0);
  }

  get size(): number {
    return this.from.length;
  }
}
