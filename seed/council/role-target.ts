// Where a title written after a councillor's name points: an office of GBM, or a commune's mayoralty.
import type { NodeRef } from "../../graph/fact-model.js";
import { isResolved, resolveCommune } from "../../graph/communes/resolve-commune.js";

/** The role a title states, and the node it is held in; or why it points nowhere known. */
export type RoleTarget = { title: string; target: NodeRef } | { unresolved: string; reason: string };

const gbmOrganization: NodeRef = "Organization:gbm";
const councilTitle = /^(?:Vice-)?Président(?:e)?$|^Conseill(?:er|ère)\s+[Cc]ommunautaire(?:\s+[Dd]élégué(?:e)?)?$/u;

/** "Présidente de Grand Besançon Métropole" → Présidente of GBM; "Maire de Besançon" → Maire of 25056; "Vice-Président" → GBM. */
export function roleTarget(writtenTitle: string): RoleTarget {
  const title = writtenTitle.trim();
  const ofGbm = /^(.+?)\s+de\s+Grand\s+Besançon\s+Métropole$/u.exec(title);
  if (ofGbm?.[1]) return { title: ofGbm[1], target: gbmOrganization };
  const mayor = /^Maire\s+(?:de\s+|d['’]\s?)(.+)$/u.exec(title);
  if (mayor?.[1]) {
    const commune = resolveCommune(mayor[1]);
    if (!isResolved(commune)) return { unresolved: title, reason: `commune "${mayor[1]}": ${commune.reason}` };
    return { title: "Maire", target: `Commune:${commune.code}` };
  }
  // A council office named without its body is an office of the council that deliberates: GBM's.
  if (councilTitle.test(title)) return { title, target: gbmOrganization };
  return { unresolved: title, reason: "not a title this parser knows where to attach" };
}
