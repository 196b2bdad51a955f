import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n";

/** Properties every view already shows elsewhere (evidence, name) or that are internal. */
const shownElsewhere = new Set(["factId", "source", "sources", "quote", "confidence", "reason", "name", "id", "code"]);
const amountNames = new Set(["amount", "budget", "revenue", "operationAmount", "budgetPlanned"]);
const dateNames = new Set(["date", "startDate", "endDate", "mergedOn", "convenedOn", "publishedOn", "endsBy"]);
/** Enumerated values the interface translates (a partnership's status, a budget line's side…). */
const enumeratedNames = new Set(["status", "side", "sector"]);

interface Property {
  name: string;
  value: string;
}

/** The properties of a node or a relationship, each value formatted for the interface language. */
export function PropertyValues({ properties, inline = false }: { properties: readonly Property[]; inline?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const currency = properties.find((property) => property.name === "currency")?.value ?? "EUR";
  const hasAmount = properties.some((property) => amountNames.has(property.name));
  const shown = properties.filter(
    (property) =>
      !shownElsewhere.has(property.name) && property.value !== "" && !(hasAmount && property.name === "currency"),
  );
  if (shown.length === 0) return null;

  const display = ({ name, value }: Property): string => {
    if (amountNames.has(name) && value !== "" && !Number.isNaN(Number(value)))
      return format.amount(Number(value), currency);
    if (dateNames.has(name)) return format.date(value);
    if (enumeratedNames.has(name)) return t(`values.${value}`, { defaultValue: value });
    if (value === "true") return t("properties.yes");
    if (value === "false") return t("properties.no");
    return value;
  };

  if (inline) {
    return (
      <span className="property-values">
        {shown.map((property) => (
          <span key={property.name} className="property">
            <span className="property-name">{t(`properties.${property.name}`, { defaultValue: property.name })}</span>{" "}
            <span lang="fr">{display(property)}</span>
          </span>
        ))}
      </span>
    );
  }
  return (
    <dl className="property-list">
      {shown.map((property) => (
        <div key={property.name}>
          <dt>{t(`properties.${property.name}`, { defaultValue: property.name })}</dt>
          <dd lang="fr">{display(property)}</dd>
        </div>
      ))}
    </dl>
  );
}
