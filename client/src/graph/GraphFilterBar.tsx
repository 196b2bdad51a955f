import { useTranslation } from "react-i18next";
import type { EntityLabel } from "../__generated__/graphql";
import { entityLabels, labelColors } from "../graph-node";
import type { GraphFilters, PartnershipStatusChoice } from "./graph-filters";

interface GraphFilterBarProps {
  choices: { markets: Array<{ ref: string; name: string }>; years: number[] };
  filters: GraphFilters;
  depth: 1 | 2;
  counts: { nodes: number; edges: number };
  /** The partnerships (PARTNER_OF) loaded, by status, whether drawn or filtered out. */
  partnerships: Array<{ status: PartnershipStatusChoice; count: number }>;
  /** URL parameters to change (null removes one). */
  onChange: (changes: Record<string, string | null>) => void;
}

/**
 * The legend (a toggle per label, coloured as drawn), the partnership status toggles (each with its
 * count), and the market, year and depth filters. The counts line says which partnership statuses
 * the drawn relationships include.
 */
export function GraphFilterBar({ choices, filters, depth, counts, partnerships, onChange }: GraphFilterBarProps) {
  const { t } = useTranslation();
  const toggle = (label: EntityLabel) => {
    const hidden = new Set(filters.hiddenLabels);
    if (hidden.has(label)) hidden.delete(label);
    else hidden.add(label);
    onChange({ hide: [...hidden].join(",") || null });
  };
  const toggleStatus = (status: PartnershipStatusChoice) => {
    const hidden = new Set(filters.hiddenStatuses);
    if (hidden.has(status)) hidden.delete(status);
    else hidden.add(status);
    onChange({ hideStatus: [...hidden].join(",") || null });
  };
  const shownStatuses = partnerships.filter(({ status }) => !filters.hiddenStatuses.has(status));
  const statusScope =
    shownStatuses.length === partnerships.length
      ? t("partnership.all")
      : shownStatuses.map(({ status }) => t(`partnership.${status}`)).join(", ") || t("graph.noStatus");
  return (
    <div className="graph-filters">
      <fieldset className="legend">
        <legend>{t("graph.legend")}</legend>
        {entityLabels.map((label) => (
          <label key={label} className="legend-item">
            <input type="checkbox" checked={!filters.hiddenLabels.has(label)} onChange={() => toggle(label)} />
            <span className="legend-dot" style={{ background: labelColors[label] }} aria-hidden="true" />
            {t(`labels.${label}`)}
          </label>
        ))}
      </fieldset>
      {partnerships.some(({ count }) => count > 0) && (
        <fieldset className="legend partnership-statuses">
          <legend>{t("partnership.filter")}</legend>
          {partnerships.map(({ status, count }) => (
            <label key={status} className="legend-item">
              <input
                type="checkbox"
                checked={!filters.hiddenStatuses.has(status)}
                onChange={() => toggleStatus(status)}
              />
              {t(`partnership.${status}`)} <span className="count">{count}</span>
            </label>
          ))}
        </fieldset>
      )}
      <div className="graph-selects">
        <label className="field">
          <span>{t("graph.market")}</span>
          <select value={filters.market ?? ""} onChange={(event) => onChange({ market: event.target.value || null })}>
            <option value="">{t("graph.any")}</option>
            {choices.markets.map((market) => (
              <option key={market.ref} value={market.ref}>
                {market.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t("graph.year")}</span>
          <select value={filters.year ?? ""} onChange={(event) => onChange({ year: event.target.value || null })}>
            <option value="">{t("graph.any")}</option>
            {choices.years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t("graph.depth")}</span>
          <select value={depth} onChange={(event) => onChange({ depth: event.target.value === "2" ? "2" : null })}>
            <option value="1">1</option>
            <option value="2">2</option>
          </select>
        </label>
        <p className="graph-counts" aria-live="polite">
          {t("graph.counts", { nodes: counts.nodes, edges: counts.edges })}
          {partnerships.some(({ count }) => count > 0) && (
            <span className="count-scope">
              {" "}
              {t("graph.partnershipScope", {
                count: partnerships.reduce(
                  (total, { status, count }) => total + (filters.hiddenStatuses.has(status) ? 0 : count),
                  0,
                ),
                statuses: statusScope,
              })}
            </span>
          )}
        </p>
      </div>
    </div>
  );
}
