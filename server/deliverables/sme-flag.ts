// Whether a firm is an SME by its register size band (Sirene `trancheEffectifs…`), for the
// convention's tables that count SMEs.
import { smeSizeBands } from "../../graph/registry/size-bands.js";

/** True for an SME band (NN to 31), false for a larger one, null when the register gives no band. */
export function isSme(sizeBand: string | null | undefined): boolean | null {
  return sizeBand ? smeSizeBands.includes(sizeBand) : null;
}
