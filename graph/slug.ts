import slugify from "@sindresorhus/slugify";

/** The stable id of a person or organisation from its name: "M. Jean-François MENESTRIER" → "jean-francois-menestrier". */
export function slugId(name: string): string {
  return slugify(name.replace(/^(M\.|Mme|MM\.|Mmes)\s+/u, ""));
}
