import { useTranslation } from "react-i18next";

/** An establishment the register locates: its commune, and the LOCATED_IN fact's source and role. */
export interface LocatedEstablishment {
  node: { id: string; name: string };
  properties: { source: string; role?: string | null };
}

/** The organisation's establishments the register located (each fact sourced `sirene:<siret>`), the head office first and marked. */
export function RegistryEstablishments({ edges }: { edges: LocatedEstablishment[] }) {
  const { t } = useTranslation();
  if (edges.length === 0) return null;
  const isHeadOffice = (edge: LocatedEstablishment) => edge.properties.role === "siège";
  const sorted = [...edges].sort(
    (a, b) =>
      Number(isHeadOffice(b)) - Number(isHeadOffice(a)) || a.properties.source.localeCompare(b.properties.source),
  );
  return (
    <div role="group" aria-label={t("registry.establishments.title")} className="registry-establishments">
      <h3>{t("registry.establishments.title")}</h3>
      <ul>
        {sorted.map((edge) => (
          <li key={edge.properties.source}>
            {edge.node.name} — SIRET {edge.properties.source.slice("sirene:".length)}
            {isHeadOffice(edge) && <strong className="history-tag">{t("registry.establishments.headOffice")}</strong>}
          </li>
        ))}
      </ul>
    </div>
  );
}
