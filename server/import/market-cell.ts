// A market as staff write it (`ASD`, `santé`, `aéronautique`, `Aéronautique, spatial, défense`) →
// the code of a Market node of the graph. Markets are a curated vocabulary: an import never adds one.
import { foldName } from "./organization-matcher.js";

/** Words that name a market of the vocabulary without being its code or name (folded). */
const marketWords: Record<string, string> = {
  sante: "HEALTH",
  health: "HEALTH",
  medical: "HEALTH",
  medtech: "HEALTH",
  "dispositif medical": "HEALTH",
  "dispositifs medicaux": "HEALTH",
  "sante et soins individualises": "HEALTH",
  aeronautique: "ASD",
  aeronautics: "ASD",
  aerospace: "ASD",
  aero: "ASD",
  spatial: "ASD",
  space: "ASD",
  defense: "ASD",
  "aeronautique spatial defense": "ASD",
  "aeronautique spatial et defense": "ASD",
};

export type MarketCell = { ok: true; code: string } | { ok: false; reason: string };

/** Resolves market words against the markets of the graph (code, name, or a known word). */
export function marketResolver(markets: Array<{ code: string; name: string }>): (written: string) => MarketCell {
  const codes = new Map<string, string>();
  for (const market of markets) {
    codes.set(foldName(market.code), market.code);
    codes.set(foldName(market.name), market.code);
  }
  for (const [word, code] of Object.entries(marketWords)) {
    if (markets.some((market) => market.code === code) && !codes.has(word)) codes.set(word, code);
  }
  const known = markets.map((market) => `${market.code} (${market.name})`).join(", ");
  return (written) => {
    const code = codes.get(foldName(written));
    return code
      ? { ok: true, code }
      : { ok: false, reason: `"${written}" is not a market of the graph: ${known || "none yet"}` };
  };
}
