import { type PreloadQueryFunction, type QueryRef, useQuery, useReadQuery } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type LoaderFunctionArgs, useLoaderData, useLocation, useNavigate, useRevalidator } from "react-router";
import { PathFinderDocument, PathFinderEndsDocument, type PathFinderQuery } from "../__generated__/graphql";
import { EvidencePath } from "../evidence";
import { parseSwitch } from "../gallery";
import { AnswerBoundary, EmptyState, usePageTitle } from "../layout";
import { EntitySearch, type PickedEntity } from "../search";
import { PathDiagram } from "./PathDiagram";

/** The search's variables from its URL: `?from=Organization:femto-st&to=Event:paris-space-week-2024&max=4&stated=1`; null until both ends are picked. */
export function pathFinderVariables(search: URLSearchParams) {
  const from = search.get("from")?.trim();
  const to = search.get("to")?.trim();
  if (!from || !to) return null;
  const max = Number(search.get("max"));
  return {
    from,
    to,
    maxLength: Number.isInteger(max) && max >= 1 && max <= 6 ? max : 4,
    statedOnly: parseSwitch(search.get("stated")),
  };
}

/** Starts loading the paths as soon as both ends are in the URL. */
export function pathFinderLoader(preloadQuery: PreloadQueryFunction) {
  return ({ request }: LoaderFunctionArgs) => {
    const variables = pathFinderVariables(new URL(request.url).searchParams);
    return variables ? preloadQuery(PathFinderDocument, { variables }) : null;
  };
}

/** "How is X connected to Y?": two search fields, then the shortest paths drawn and listed with their evidence. */
export function PathFinderPage() {
  const queryRef = useLoaderData<ReturnType<ReturnType<typeof pathFinderLoader>>>();
  const location = useLocation();
  const revalidator = useRevalidator();
  const { t } = useTranslation();
  usePageTitle(t("paths.title"));
  const search = new URLSearchParams(location.search);
  const variables = pathFinderVariables(search);
  return (
    <article className="view paths">
      <h1>{t("paths.title")}</h1>
      <p className="lead">{t("questions.connections.description")}</p>
      <PathForm key={location.search} search={search} />
      <section className="question-answer" aria-live="polite">
        {queryRef && variables ? (
          <AnswerBoundary
            resetKey={queryRef}
            parametersKey={location.search}
            onRetry={() => void revalidator.revalidate()}
          >
            <PathFinderAnswer queryRef={queryRef} maxLength={variables.maxLength} />
          </AnswerBoundary>
        ) : (
          <EmptyState>{t("paths.pick")}</EmptyState>
        )}
      </section>
    </article>
  );
}

/** The two ends (search fields), the longest path and the stated-only switch; submitting updates the URL. */
function PathForm({ search }: { search: URLSearchParams }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const fromRef = search.get("from") ?? "";
  const toRef = search.get("to") ?? "";
  const { data } = useQuery(PathFinderEndsDocument, {
    variables: { from: fromRef, to: toRef },
    skip: !fromRef && !toRef,
  });
  const [picked, setPicked] = useState<{ from?: End; to?: End }>({});
  const from = picked.from ?? (fromRef ? { ref: fromRef, name: data?.fromEntity?.name ?? "" } : undefined);
  const to = picked.to ?? (toRef ? { ref: toRef, name: data?.toEntity?.name ?? "" } : undefined);
  const [maxLength, setMaxLength] = useState(search.get("max") ?? "4");
  const [statedOnly, setStatedOnly] = useState(parseSwitch(search.get("stated")));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!from || !to) return;
    const next = new URLSearchParams({ from: from.ref, to: to.ref, max: maxLength });
    if (statedOnly) next.set("stated", "1");
    void navigate(`/paths?${next.toString()}`);
  };

  return (
    <form className="parameters path-form" onSubmit={submit}>
      <EntitySearch
        key={`from-${from?.ref}-${from?.name}`}
        className="field wide"
        label={t("paths.from")}
        keepPicked
        initialText={from?.name ?? ""}
        onPick={(end) => setPicked((current) => ({ ...current, from: end }))}
      />
      <button type="button" className="secondary swap" onClick={() => setPicked({ from: to, to: from })}>
        <span aria-hidden="true">⇄ </span>
        {t("paths.swap")}
      </button>
      <EntitySearch
        key={`to-${to?.ref}-${to?.name}`}
        className="field wide"
        label={t("paths.to")}
        keepPicked
        initialText={to?.name ?? ""}
        onPick={(end) => setPicked((current) => ({ ...current, to: end }))}
      />
      <label className="field">
        <span>{t("paths.maxLength")}</span>
        <select value={maxLength} onChange={(event) => setMaxLength(event.target.value)}>
          {[1, 2, 3, 4, 5, 6].map((length) => (
            <option key={length} value={length}>
              {length}
            </option>
          ))}
        </select>
      </label>
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={statedOnly}
          onChange={(event) => setStatedOnly(event.target.checked)}
        />
        <span>{t("gallery.statedOnly")}</span>
      </label>
      <button type="submit" disabled={!from || !to}>
        {t("paths.find")}
      </button>
    </form>
  );
}

/** One end of the search: its ref and the name shown in its field. */
type End = Pick<PickedEntity, "ref" | "name">;

function PathFinderAnswer({ queryRef, maxLength }: { queryRef: QueryRef<PathFinderQuery>; maxLength: number }) {
  const { data } = useReadQuery(queryRef);
  const { t } = useTranslation();
  const paths = data.connections;
  const search = new URLSearchParams(useLocation().search);
  if (!data.fromEntity || !data.toEntity) {
    const missing = !data.fromEntity ? search.get("from") : search.get("to");
    return <EmptyState>{t("paths.unknownEnd", { ref: missing })}</EmptyState>;
  }
  if (paths.length === 0) return <EmptyState>{t("paths.noPath", { max: maxLength })}</EmptyState>;
  const summary = `${data.fromEntity.name} ↔ ${data.toEntity.name} : ${t("gallery.answerCount", { count: paths.length })}`;
  return (
    <>
      <h2>
        {data.fromEntity.name} ↔ {data.toEntity.name} · {t("gallery.answerCount", { count: paths.length })}
      </h2>
      <PathDiagram paths={paths} summary={summary} />
      <ol className="path-list">
        {paths.map((path, index) => (
          <li key={index}>
            <h3>{t("paths.pathTitle", { index: index + 1, length: path.length })}</h3>
            <EvidencePath path={path} />
          </li>
        ))}
      </ol>
    </>
  );
}
