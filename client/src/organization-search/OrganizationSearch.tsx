import { useQuery } from "@apollo/client/react";
import { useDeferredValue, useId, useState } from "react";
import { SearchOrganizationsDocument } from "../__generated__/graphql";

/** Labels of organisation kinds, in French. */
const kindLabels: Record<string, string> = {
  COMPANY: "Entreprise",
  CLUSTER: "Pôle / cluster",
  SCHOOL: "École",
  RESEARCH: "Recherche",
  PUBLIC_BODY: "Organisme public",
  ASSOCIATION: "Association",
  OTHER: "Autre",
};

/** A search box that lists the organisations whose name contains the text typed. */
export function OrganizationSearch() {
  const inputId = useId();
  const [text, setText] = useState("");
  const deferredText = useDeferredValue(text.trim());
  const { data, loading, error } = useQuery(SearchOrganizationsDocument, {
    variables: { text: deferredText },
    skip: deferredText === "",
  });
  const organizations = data?.searchOrganizations ?? [];

  return (
    <section className="search" aria-labelledby={`${inputId}-label`}>
      <label id={`${inputId}-label`} htmlFor={inputId}>
        Rechercher une organisation
      </label>
      <input
        id={inputId}
        type="search"
        value={text}
        placeholder="ex. Femto-ST, Statice, Grand Besançon…"
        autoComplete="off"
        onChange={(event) => setText(event.target.value)}
      />
      <div aria-live="polite">
        {error && <p role="alert">La recherche a échoué : {error.message}</p>}
        {loading && <p>Recherche…</p>}
        {!loading && !error && deferredText !== "" && organizations.length === 0 && (
          <p>Aucune organisation ne correspond à « {deferredText} ».</p>
        )}
      </div>
      {organizations.length > 0 && (
        <ul className="results" aria-label="Organisations trouvées">
          {organizations.map((organization) => (
            <li key={organization.id}>
              <span className="name">{organization.name}</span>
              <span className="kind">{kindLabels[organization.kind] ?? organization.kind}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
