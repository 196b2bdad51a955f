// Entity resolution by name for events (name + year), programmes and projects: the folded name
// (or an alias, or the id) finds the node; two candidates are an ambiguity; new ones get unique ids.
import { slugId } from "../../graph/slug.js";
import { foldName } from "./organization-matcher.js";

/** A node known by name: from the graph, or new in this file. */
export interface NamedNode {
  id: string;
  name: string;
  year: number | null;
  aliases: string[];
  isNew: boolean;
  line?: number;
  /** The node's properties in the graph, when the import compares them (projects). */
  properties?: Record<string, unknown>;
}

export type NamedMatch =
  { status: "matched"; node: NamedNode } | { status: "unmatched" } | { status: "ambiguous"; candidates: NamedNode[] };

/** "Micronora 2024" and "Micronora" compare equal for the year 2024. */
function withoutYear(folded: string, year: number | null): string {
  return year === null ? folded : folded.replace(new RegExp(`(^| )${year}$`, "u"), "").trim();
}

/** Nodes indexed by folded name, alias and id; with `byYear`, a name matches only within its year. */
export class NamedIndex {
  private readonly ids = new Map<string, NamedNode>();
  private readonly byKey = new Map<string, NamedNode[]>();

  constructor(
    nodes: Iterable<NamedNode>,
    private readonly byYear: boolean,
  ) {
    for (const node of nodes) this.add(node);
  }

  /** Adds a node to the index. */
  add(node: NamedNode): void {
    this.ids.set(node.id, node);
    for (const written of [node.name, ...node.aliases, node.id]) {
      const key = this.key(written, node.year);
      if (key === null) continue;
      const list = this.byKey.get(key) ?? [];
      if (!list.includes(node)) this.byKey.set(key, [...list, node]);
    }
  }

  /** Finds the node a name (and year) stands for; a Maillage id written as is finds its node. */
  find(name: string, year: number | null = null): NamedMatch {
    const byId = this.ids.get(name.trim());
    if (byId) return { status: "matched", node: byId };
    const key = this.key(name, year);
    const candidates = key === null ? [] : (this.byKey.get(key) ?? []);
    if (candidates.length === 1) return { status: "matched", node: candidates[0]! };
    if (candidates.length > 1) return { status: "ambiguous", candidates };
    return { status: "unmatched" };
  }

  /** A slug id from the name that no node has yet: `name`, then `name-2`, `name-3`… */
  newId(name: string, fallback: string): string {
    return uniqueId(slugId(name) || fallback, (id) => this.ids.has(id));
  }

  private key(written: string, year: number | null): string | null {
    const folded = foldName(written);
    if (folded === "") return null;
    if (!this.byYear) return folded;
    return year === null ? null : `${withoutYear(folded, year)}|${year}`;
  }
}

/** `base`, or `base-2`, `base-3`… — the first id `taken` refuses. */
export function uniqueId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let suffix = 2; ; suffix++) {
    if (!taken(`${base}-${suffix}`)) return `${base}-${suffix}`;
  }
}
