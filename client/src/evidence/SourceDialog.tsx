import { useQuery } from "@apollo/client/react";
import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { SourceDialogTextDocument } from "../__generated__/graphql";
import { qualityPath } from "../graph-node";
import { ErrorState, LoadingState } from "../layout";
import { splitAtQuote } from "./locate-quote";

/** A modal showing a source's text, with the quoted passage (when given) highlighted and scrolled into view. */
export function SourceDialog({ source, quote, onClose }: { source: string; quote?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const markRef = useRef<HTMLElement>(null);
  const { data, loading, error, refetch } = useQuery(SourceDialogTextDocument, { variables: { id: source } });
  const text = data?.sourceText?.text;
  const parts = text === undefined || quote === undefined ? null : splitAtQuote(text, quote);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  useEffect(() => {
    markRef.current?.scrollIntoView({ block: "center" });
  }, [parts?.quoted]);

  return (
    <dialog
      ref={dialogRef}
      className="source-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
      onClick={(event) => {
        if (event.target === dialogRef.current) dialogRef.current.close();
      }}
    >
      <header className="source-dialog-header">
        <h2 id={titleId}>{t("evidence.dialogTitle", { source })}</h2>
        {data?.sourceText && (
          <Link className="button secondary" to={qualityPath(source)} onClick={() => dialogRef.current?.close()}>
            {t("quality.navLink")}
          </Link>
        )}
        <button type="button" className="close-button" onClick={() => dialogRef.current?.close()}>
          {t("evidence.close")}
        </button>
      </header>
      {quote !== undefined && (
        <figure className="recorded-quote">
          <figcaption>{t("evidence.quote")}</figcaption>
          <blockquote lang="fr">{quote}</blockquote>
        </figure>
      )}
      {data?.sourceText && (
        <p>
          <Link to={`/documents/${encodeURIComponent(source)}${quote ? `?quote=${encodeURIComponent(quote)}` : ""}`}>
            {t("evidence.openDocument")}
          </Link>
        </p>
      )}
      {loading && <LoadingState label={t("evidence.loadingText")} />}
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {!loading && !error && data && !data.sourceText && <p className="notice">{t("evidence.textNotStored")}</p>}
      {text !== undefined && quote !== undefined && !parts && <p className="notice">{t("evidence.quoteNotFound")}</p>}
      {text !== undefined && (
        <div className="source-text" lang="fr" tabIndex={0} aria-label={source}>
          {parts ? (
            <>
              {parts.before}
              <mark ref={markRef}>{parts.quoted}</mark>
              {parts.after}
            </>
          ) : (
            text
          )}
        </div>
      )}
    </dialog>
  );
}
