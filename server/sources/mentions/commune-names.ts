// The communes of the official reference as names to find in a text, and their demonyms.
import { communeRecords, departementRecords } from "../../../graph/communes/reference-data.js";
import { gbmDepartementCode } from "../../../graph/communes/gbm-territory.js";
import { demonymForms } from "./demonyms.js";
import { Gazetteer } from "./gazetteer.js";

let communes: Gazetteer | undefined;
let prominent: Set<string> | undefined;

/** Communes whose name alone, even at the start of a sentence, is taken for the commune: those of
 *  GBM's département and the prefectures. */
export function isProminentCommune(ref: string): boolean {
  prominent ??= new Set(departementRecords().map((record) => `Commune:${record.chefLieu}`));
  return ref.startsWith(`Commune:${gbmDepartementCode}`) || prominent.has(ref);
}
let demonyms: Gazetteer | undefined;

/**
 * Every current commune by its official name (read once). Where several share a name, the one in
 * GBM's département wins, else a prefecture; a name still shared by several is left out (ambiguous).
 */
export function communeGazetteer(): Gazetteer {
  if (communes) return communes;
  const prefectures = new Set(departementRecords().map((record) => record.chefLieu));
  const byName = new Map<string, { code: string; nom: string; departement?: string | undefined }[]>();
  for (const record of communeRecords()) {
    if (record.type !== "commune-actuelle") continue;
    byName.set(record.nom, [...(byName.get(record.nom) ?? []), record]);
  }
  communes = new Gazetteer();
  for (const [name, records] of byName) {
    const chosen =
      records.length === 1
        ? records
        : records.filter((record) => record.departement === gbmDepartementCode).length === 1
          ? records.filter((record) => record.departement === gbmDepartementCode)
          : records.filter((record) => prefectures.has(record.code));
    if (chosen.length !== 1) continue;
    communes.add({ ref: `Commune:${chosen[0]!.code}`, label: "Commune", name }, [name]);
  }
  return communes;
}

/** The demonyms, each standing for its commune ("bisontine" → Commune:25056). */
export function demonymGazetteer(): Gazetteer {
  if (demonyms) return demonyms;
  const names = new Map(communeRecords().map((record) => [record.code, record.nom]));
  demonyms = new Gazetteer();
  for (const [form, code] of demonymForms())
    demonyms.add({ ref: `Commune:${code}`, label: "Commune", name: names.get(code) ?? code }, [form]);
  return demonyms;
}
