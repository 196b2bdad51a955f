// The designed states of every view: loading, empty and error, never a blank area.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { signInPath } from "../session";
import { errorKind, errorMessage } from "./error-kind";

/** A spinner with a label, announced politely to screen readers. */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="state state-loading" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t("states.loading")}</span>
    </div>
  );
}

/** Says there is nothing to show, and why or what to do. */
export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <div className="state state-empty" role="status">
      <span className="state-icon" aria-hidden="true">
        ∅
      </span>
      <div>{children}</div>
    </div>
  );
}

/** An error with its message, a retry when one could help, and a way home. */
export function ErrorState({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const kind = errorKind(error);
  return (
    <div className="state state-error" role="alert">
      <span className="state-icon" aria-hidden="true">
        !
      </span>
      <div>
        <p className="state-title">{title ?? t(kind === "badInput" ? "states.badInputTitle" : "states.errorTitle")}</p>
        <p>{t(`states.${kind}Hint`)}</p>
        <p className="state-detail">
          <code>{errorMessage(error)}</code>
        </p>
        <p className="state-actions">
          {onRetry && kind === "server" && (
            <button type="button" onClick={onRetry}>
              {t("states.retry")}
            </button>
          )}
          {kind === "access" && (
            <Link to={signInPath(`${location.pathname}${location.search}`)}>{t("session.signIn")}</Link>
          )}
          <Link to="/">{t("states.backHome")}</Link>
        </p>
      </div>
    </div>
  );
}
