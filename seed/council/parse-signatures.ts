// The signature blocks at the end of a deliberation: "La Secrétaire de séance," then the name and title.
import { splitCivility, type PersonName } from "./parse-entry.js";

/** One signature: who signs as what, the title printed under the name, and the name + title passage. */
export interface Signature extends PersonName {
  signedAs: string;
  title: string;
  quote: string;
}

const signatureBlock =
  /^(?:La|Le)\s+(?<signedAs>Secrétaire de séance|Présidente?)\s*,[ \t]*\n(?:[ \t]*\n)*[ \t]*(?<block>(?<person>[^\n]*?\S)[ \t]*\n[ \t]*(?<title>[^\n]*?\S))[ \t]*$/gmu;

/** Parses every signature block (the secretary's, the president's). */
export function parseSignatures(source: string): Signature[] {
  return [...source.matchAll(signatureBlock)].flatMap(({ groups }) => {
    if (!groups?.signedAs || !groups.person || !groups.title || !groups.block) return [];
    return [{ ...splitCivility(groups.person), signedAs: groups.signedAs, title: groups.title, quote: groups.block }];
  });
}
