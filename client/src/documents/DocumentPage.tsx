import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import {
  AcceptDocumentSuggestionDocument,
  DocumentTextSearchDocument,
  DocumentViewDocument,
  RejectDocumentSuggestionDocument,
} from "../__generated__/graphql";
import { PassageFactForm } from "../editing";
import { EmptyState, ErrorState, LoadingState, usePageTitle } from "../layout";
import { useViewer } from "../session";
import type { Passage } from "./highlight-segments";
import { isMarkdownFormat, markdownParts, plainParts } from "./markdown-runs";
import { selectionOffsets } from "./selection-offsets";
import { SourceText } from "./SourceText";

/** `/documents/:id`: a source's text page by page, its Markdown rendered, every passage that
 *  evidences a fact highlighted and linked to it; its facts, its pending suggestions, a search.
 *  `?quote=` (or `?at=` an offset) opens the page of that passage, scrolled to and highlighted. */
export function DocumentPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const viewer = useViewer();
  const page = Number(params.get("page") ?? "1") || 1;
  const { data, loading, error, refetch } = useQuery(DocumentViewDocument, { variables: { id, page } });
  const [search, setSearch] = useState("");
  const searched = useQuery(DocumentTextSearchDocument, {
    variables: { id, text: search },
    skip: search.trim().length < 2,
  });
  const [accept] = useMutation(AcceptDocumentSuggestionDocument);
  const [reject] = useMutation(RejectDocumentSuggestionDocument);
  const target = useRef<HTMLElement | null>(null);
  const textRef = useRef<HTMLDivElement | null>(null);
  // The passage selected in the text (live), and the one a fact is being made from.
  const [selected, setSelected] = useState<{ start: number; end: number } | null>(null);
  const [making, setMaking] = useState<{ start: number; end: number } | null>(null);
  // The suggestion being changed before it is accepted.
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState("");
  const document = data?.documents[0];
  usePageTitle(document?.title ?? t("documents.title"));

  // The passage asked for: a quote (from a source dialog) or an offset.
  const wanted = useMemo(() => {
    const quote = params.get("quote");
    const fact = quote ? data?.documentFacts.find((candidate) => candidate.quote === quote) : undefined;
    const at = fact?.start ?? (params.get("at") !== null ? Number(params.get("at")) : null);
    return at === null || Number.isNaN(at) ? null : { start: at, end: fact?.end ?? at + 1 };
  }, [params, data?.documentFacts]);
  const pageText = data?.documentPage;

  useEffect(() => {
    if (!wanted || !pageText) return;
    if (wanted.start < pageText.start || wanted.start >= pageText.end) {
      // Find the page holding the passage by its offset, page by page.
      const next = wanted.start < pageText.start ? page - 1 : page + 1;
      if (next >= 1 && next <= pageText.pageCount)
        setParams((current) => ({ ...Object.fromEntries(current), page: String(next) }), { replace: true });
      return;
    }
    target.current?.scrollIntoView({ block: "center" });
  }, [wanted, pageText, page, setParams]);

  useEffect(() => {
    const onSelection = () => {
      const selection = window.getSelection();
      const root = textRef.current;
      if (!selection || selection.rangeCount === 0 || !root) return;
      const range = selectionOffsets(selection.getRangeAt(0), root);
      if (range || !selection.isCollapsed) setSelected(range);
    };
    window.document.addEventListener("selectionchange", onSelection);
    return () => window.document.removeEventListener("selectionchange", onSelection);
  }, []);

  // The page's formatting, parsed once per page: Markdown for text sources, as it is for the others.
  const parts = useMemo(
    () =>
      !pageText
        ? []
        : isMarkdownFormat(document?.format)
          ? markdownParts(pageText.text, pageText.start)
          : plainParts(pageText.text, pageText.start),
    [pageText, document?.format],
  );

  if (loading && !data) return <LoadingState label={t("states.loading")} />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!pageText) return <EmptyState>{t("documents.notFound")}</EmptyState>;

  const passages: Passage[] = [
    ...(data?.documentFacts ?? [])
      .filter((fact) => fact.start != null && fact.end != null)
      .map((fact) => ({ id: fact.id, kind: "fact" as const, start: fact.start!, end: fact.end! })),
    ...(data?.documentSuggestions ?? []).map((suggestion) => ({
      id: suggestion.id,
      kind: "suggestion" as const,
      start: suggestion.start,
      end: suggestion.end,
    })),
    ...(searched.data?.searchDocumentText ?? []).map((match, index) => ({
      id: `match-${index}`,
      kind: "match" as const,
      start: match.start,
      end: match.end,
    })),
    ...(wanted ? [{ id: "wanted", kind: "match" as const, ...wanted }] : []),
  ];
  const goTo = (number: number) => setParams({ page: String(number) });
  const decide = async (suggestion: string, accepted: boolean) => {
    const variables = { id: suggestion, why: t(accepted ? "documents.acceptWhy" : "documents.rejectWhy") };
    await (accepted ? accept({ variables }) : reject({ variables }));
    await refetch();
  };

  return (
    <article className="view document-page">
      <h1>{document?.title ?? id}</h1>
      <p className="lead">
        {t("documents.meta", { kind: document?.kind ?? "", pages: pageText.pageCount })}
        {document?.publisher ? ` · ${document.publisher}` : ""}
        {typeof document?.date === "string" ? ` · ${document.date}` : ""}
      </p>
      <form
        className="document-search"
        role="search"
        onSubmit={(event: FormEvent<HTMLFormElement>) => {
          event.preventDefault();
          const query = new FormData(event.currentTarget).get("q");
          setSearch(typeof query === "string" ? query : "");
        }}
      >
        <input name="q" type="search" aria-label={t("documents.search")} placeholder={t("documents.search")} />
        {searched.data && (
          <span>
            {t("documents.matches", { count: searched.data.searchDocumentText.length })}{" "}
            {searched.data.searchDocumentText.slice(0, 20).map((match) => (
              <button
                key={match.start}
                type="button"
                onClick={() => setParams({ page: String(match.page), at: String(match.start) })}
              >
                p. {match.page}
              </button>
            ))}
          </span>
        )}
      </form>
      <nav className="document-pager" aria-label={t("documents.page", { number: page, count: pageText.pageCount })}>
        <button type="button" disabled={page <= 1} onClick={() => goTo(page - 1)}>
          {t("documents.previous")}
        </button>
        <span>{t("documents.page", { number: page, count: pageText.pageCount })}</span>
        <button type="button" disabled={page >= pageText.pageCount} onClick={() => goTo(page + 1)}>
          {t("documents.next")}
        </button>
      </nav>
      {viewer.can("editor") && (
        <div className="passage-fact" aria-live="polite">
          {notice && <p className="notice">{notice}</p>}
          {making ? (
            <PassageFactForm
              key={`${making.start}-${making.end}`}
              documentId={id}
              start={making.start}
              end={making.end}
              quote={pageText.text.slice(making.start - pageText.start, making.end - pageText.start)}
              onDone={(message) => {
                setMaking(null);
                setNotice(message);
                void refetch();
              }}
              onCancel={() => setMaking(null)}
            />
          ) : selected ? (
            <button
              type="button"
              onClick={() => {
                setNotice("");
                setMaking(selected);
              }}
            >
              {t("documents.makeFact")}
            </button>
          ) : (
            <p className="field-hint">{t("documents.selectHint")}</p>
          )}
        </div>
      )}
      <div className="source-text document-text" lang="fr" data-testid="document-text" ref={textRef}>
        <SourceText
          parts={parts}
          passages={passages}
          wanted={wanted}
          onWanted={(element) => void (target.current ??= element)}
        />
      </div>
      <section aria-labelledby="document-suggestions">
        <h2 id="document-suggestions">{t("documents.suggestions")}</h2>
        {data?.documentSuggestions.length ? (
          <ul className="document-suggestions">
            {data.documentSuggestions.map((suggestion) => (
              <li key={suggestion.id} data-kind={suggestion.kind}>
                <strong>
                  {suggestion.kind === "NEW_ORGANIZATION"
                    ? t("documents.newOrganization", { name: suggestion.name })
                    : `${suggestion.fromName} — ${t(`relations.out.${suggestion.kind}`, { defaultValue: suggestion.kind })} → ${suggestion.toName}`}
                </strong>
                <blockquote lang="fr">{suggestion.quote}</blockquote>
                {viewer.can("editor") &&
                  (editing === suggestion.id && suggestion.kind !== "NEW_ORGANIZATION" ? (
                    <PassageFactForm
                      documentId={id}
                      start={suggestion.start}
                      end={suggestion.end}
                      quote={suggestion.quote}
                      suggestion={{
                        ...suggestion,
                        kind: suggestion.kind,
                        from: suggestion.from ?? "",
                        to: suggestion.to ?? "",
                      }}
                      onDone={(message) => {
                        setEditing(null);
                        setNotice(message);
                        void refetch();
                      }}
                      onCancel={() => setEditing(null)}
                    />
                  ) : (
                    <>
                      <button type="button" onClick={() => void decide(suggestion.id, true)}>
                        {t("documents.accept")}
                      </button>{" "}
                      {suggestion.kind !== "NEW_ORGANIZATION" && (
                        <>
                          <button type="button" onClick={() => setEditing(suggestion.id)}>
                            {t("documents.edit")}
                          </button>{" "}
                        </>
                      )}
                      <button type="button" onClick={() => void decide(suggestion.id, false)}>
                        {t("documents.reject")}
                      </button>
                    </>
                  ))}
              </li>
            ))}
          </ul>
        ) : (
          <p className="notice">{t("documents.noSuggestions")}</p>
        )}
      </section>
      <section aria-labelledby="document-facts">
        <h2 id="document-facts">{t("documents.facts")}</h2>
        {data?.documentFacts.length ? (
          <ul className="document-facts">
            {data.documentFacts.map((fact) => (
              <li key={fact.id} id={`fact-${fact.id}`}>
                <Link to={`/entity/${fact.from}`}>{fact.fromName ?? fact.from}</Link> —{" "}
                {t(`relations.out.${fact.type}`, { defaultValue: fact.type })} →{" "}
                <Link to={`/entity/${fact.to}`}>{fact.toName ?? fact.to}</Link>{" "}
                {fact.start != null && (
                  <button type="button" onClick={() => setParams({ at: String(fact.start) })}>
                    « {fact.quote.length > 80 ? `${fact.quote.slice(0, 80)}…` : fact.quote} »
                  </button>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p className="notice">{t("documents.noFacts")}</p>
        )}
      </section>
    </article>
  );
}
