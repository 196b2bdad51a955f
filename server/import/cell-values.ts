// Cell values as PMT staff type them in French or English spreadsheets, turned into typed values;
// each parser returns the value or the reason it cannot.

export type Parsed<T> = { ok: true; value: T; note?: string } | { ok: false; reason: string };

const ok = <T>(value: T, note?: string): Parsed<T> => (note ? { ok: true, value, note } : { ok: true, value });
const fail = (reason: string): Parsed<never> => ({ ok: false, reason });

/** "1 234 567,89", "1234567.89", "1,2 M€", "850 k€", "45 000 €" → a number of euros (or units). */
export function parseNumber(written: string): Parsed<number> {
  let text = written.trim().replace(/[\s\u00a0\u202f]/gu, "");
  let factor = 1;
  const unit = /(k|m|md)?(€|eur|euros?)?$/iu.exec(text);
  if (unit?.[0]) {
    factor = { k: 1e3, m: 1e6, md: 1e9 }[unit[1]?.toLowerCase() as "k" | "m" | "md"] ?? 1;
    text = text.slice(0, unit.index);
  }
  const comma = text.lastIndexOf(",");
  const dot = text.lastIndexOf(".");
  if (comma >= 0 && dot >= 0) {
    // Both appear: the last one is the decimal mark, the other groups thousands.
    const [group, decimal] = comma > dot ? [".", ","] : [",", "."];
    text = text.split(group).join("").replace(decimal, ".");
  } else if (comma >= 0) {
    text = text.split(",").length > 2 ? text.split(",").join("") : text.replace(",", ".");
  } else if (text.split(".").length > 2) {
    text = text.split(".").join("");
  }
  if (!/^-?\d+(\.\d+)?$/u.test(text)) return fail(`"${written}" is not a number (write 1234567,89 or 1 234 567)`);
  return ok(Math.round(Number(text) * factor * 100) / 100);
}

/** A whole number ≥ 0 ("12", "1 250"). */
export function parseCount(written: string): Parsed<number> {
  const parsed = parseNumber(written);
  if (!parsed.ok) return parsed;
  if (!Number.isInteger(parsed.value) || parsed.value < 0) return fail(`"${written}" is not a whole number ≥ 0`);
  return parsed;
}

/** An amount ≥ 0. */
export function parseAmount(written: string): Parsed<number> {
  const parsed = parseNumber(written);
  if (parsed.ok && parsed.value < 0) return fail(`"${written}" is negative`);
  return parsed;
}

/** A year from 1900 to 2100. */
export function parseYear(written: string): Parsed<number> {
  const text = written.trim();
  if (!/^\d{4}$/u.test(text) || Number(text) < 1900 || Number(text) > 2100)
    return fail(`"${written}" is not a year (four digits, e.g. 2024)`);
  return ok(Number(text));
}

/** The Luhn check that SIREN and SIRET numbers carry. */
function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/** La Poste's SIREN; its establishments' SIRETs do not follow the Luhn rule. */
const laPosteSiren = "356000000";

/** A SIREN (9 digits, spaces allowed) or a SIRET (14 digits: its first 9 are the SIREN). */
export function parseSiren(written: string): Parsed<string> {
  const digits = written.replace(/[\s\u00a0\u202f.-]/gu, "");
  if (/^\d{14}$/u.test(digits)) {
    const siren = digits.slice(0, 9);
    if (!luhnValid(siren) && siren !== laPosteSiren)
      return fail(`"${written}" is not a valid SIRET (its SIREN ${siren} fails the check digit)`);
    return ok(siren, `SIRET ${digits}: its SIREN ${siren} is used`);
  }
  if (!/^\d{9}$/u.test(digits)) return fail(`"${written}" is not a SIREN (9 digits)`);
  if (!luhnValid(digits) && digits !== laPosteSiren)
    return fail(`"${written}" is not a valid SIREN (the check digit is wrong: a typo?)`);
  return ok(digits);
}

/** Items of a list cell: split on `|` when there is one (names may hold commas), else on `,`. */
export function splitList(written: string): string[] {
  const separator = written.includes("|") ? "|" : ",";
  return [
    ...new Set(
      written
        .split(separator)
        .map((item) => item.trim())
        .filter((item) => item !== ""),
    ),
  ];
}

/** Words for each organisation kind (folded), as staff write them. */
const kindWords: Record<string, string> = {
  entreprise: "COMPANY",
  societe: "COMPANY",
  company: "COMPANY",
  firm: "COMPANY",
  pme: "COMPANY",
  tpe: "COMPANY",
  eti: "COMPANY",
  startup: "COMPANY",
  recherche: "RESEARCH",
  laboratoire: "RESEARCH",
  labo: "RESEARCH",
  research: "RESEARCH",
  "entite de recherche": "RESEARCH",
  ecole: "SCHOOL",
  universite: "SCHOOL",
  school: "SCHOOL",
  university: "SCHOOL",
  formation: "SCHOOL",
  cluster: "CLUSTER",
  pole: "CLUSTER",
  reseau: "CLUSTER",
  association: "ASSOCIATION",
  federation: "ASSOCIATION",
  public: "PUBLIC_BODY",
  collectivite: "PUBLIC_BODY",
  "organisme public": "PUBLIC_BODY",
  public_body: "PUBLIC_BODY",
  autre: "OTHER",
  other: "OTHER",
};

/** An organisation kind of the vocabulary from a word (`entreprise`, `recherche`, `COMPANY`…). */
export function parseOrganizationKind(written: string): Parsed<string> {
  const folded = written.normalize("NFD").replace(/\p{M}/gu, "").trim().toLowerCase();
  const kind = kindWords[folded] ?? kindWords[folded.replace(/_/gu, " ")];
  if (kind) return ok(kind);
  const upper = folded.toUpperCase();
  if (Object.values(kindWords).includes(upper)) return ok(upper);
  return fail(
    `"${written}" is not a kind of organisation (entreprise, recherche, école, cluster, association, public, autre)`,
  );
}
