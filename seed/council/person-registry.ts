// The people a deliberation names, one per slug id, whatever the spelling of each mention.
import type { NodeFact } from "../../graph/fact-model.js";
import { slugId } from "../../graph/slug.js";
import type { PersonName } from "./parse-entry.js";

interface KnownPerson {
  name: string;
  civility: string | null;
  aliases: Set<string>;
}

/** Collects persons: the attendance lists add councillors, other passages mention them. */
export class PersonRegistry {
  private readonly people = new Map<string, KnownPerson>();
  readonly warnings: string[] = [];

  /** Adds a councillor as the lists write them; returns their id (the first spelling is kept as name). */
  add(person: PersonName): string {
    const id = slugId(person.name);
    const known = this.people.get(id);
    if (!known) {
      this.people.set(id, { name: person.name, civility: person.civility, aliases: new Set() });
      return id;
    }
    this.reconcile(known, person, "listed");
    return id;
  }

  /** Finds the person a passage names (proxy receiver, rapporteur…), matching accent-insensitively;
   *  an unknown person is added and reported, never dropped. */
  mention(person: PersonName, where: string): string {
    const id = slugId(person.name);
    const known = this.people.get(id);
    if (!known) {
      this.warnings.push(
        `${where}: "${person.name}" is not in the attendance lists; added as a person without commune`,
      );
      this.people.set(id, { name: person.name, civility: person.civility, aliases: new Set() });
      return id;
    }
    this.reconcile(known, person, where);
    return id;
  }

  /** Records another spelling or a conflicting civility, and reports it. */
  private reconcile(known: KnownPerson, person: PersonName, where: string): void {
    if (person.name !== known.name && !known.aliases.has(person.name)) {
      known.aliases.add(person.name);
      this.warnings.push(`${where}: "${person.name}" matched to "${known.name}" (same name ignoring accents and case)`);
    }
    if (person.civility && known.civility && person.civility !== known.civility) {
      this.warnings.push(
        `${where}: "${person.civility} ${person.name}" but "${known.civility} ${known.name}" elsewhere`,
      );
    }
    known.civility ??= person.civility;
  }

  /** The number of persons known. */
  get size(): number {
    return this.people.size;
  }

  /** One `Person` node per person, citing the document. */
  nodes(documentId: string): NodeFact[] {
    return [...this.people].map(([id, person]) => ({
      label: "Person",
      key: id,
      properties: {
        name: person.name,
        ...(person.civility ? { civility: person.civility } : {}),
        ...(person.aliases.size > 0 ? { aliases: [...person.aliases] } : {}),
      },
      sources: [documentId],
    }));
  }
}
