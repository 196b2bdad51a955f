import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { usePageTitle } from "../layout";
import { highestRole } from "./roles";
import { safeNextPath } from "../../../graph/next-path";
import type { AuthAnswer } from "./auth-requests";
import { useSessionActions } from "./use-session-actions";
import { useViewer } from "./use-viewer";
import { useOidcProvider } from "./use-oidc-provider";

/** The sign-in page's notice for a refused OpenID Connect sign-in (the server's `reason`). */
const oidcReasons: Record<string, string> = {
  "oidc-failed": "signIn.reasonOidcFailed",
  "oidc-refused": "signIn.reasonOidcRefused",
  "oidc-suspended": "signIn.reasonOidcSuspended",
};

/** The words for a refused sign-in: wrong credentials, too many attempts, a suspended account, or else. */
function refusal(t: (key: string, values?: Record<string, unknown>) => string, error: AuthAnswer["error"]): string {
  switch (error?.code) {
    case "UNAUTHENTICATED":
      return t("signIn.refused");
    case "RATE_LIMITED":
      return t("signIn.tooMany", { minutes: Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60)) });
    case "FORBIDDEN":
      return t("signIn.suspended");
    default:
      return t("signIn.failed", { message: error?.message ?? "" });
  }
}

/** `/sign-in`: an e-mail address and a password, checked by the server, then back where the person was. */
export function SignInPage() {
  const { t } = useTranslation();
  const formId = useId();
  const viewer = useViewer();
  const [search] = useSearchParams();
  const next = safeNextPath(search.get("next"));
  const reason = search.get("reason");
  const { signIn, signOut } = useSessionActions();
  const oidcProvider = useOidcProvider();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  usePageTitle(t("signIn.title"));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const answer = await signIn(email, password, next);
      if (answer.error) setProblem(refusal(t, answer.error));
    } catch (error) {
      setProblem(t("signIn.failed", { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <article className="view sign-in">
      <h1>{t("signIn.title")}</h1>
      {reason === "expired" && (
        <p className="notice" role="alert">
          {t("signIn.reasonExpired")}
        </p>
      )}
      {reason === "required" && <p className="notice">{t("signIn.reasonRequired")}</p>}
      {reason && oidcReasons[reason] && (
        <p className="notice" role="alert">
          {t(oidcReasons[reason])}
        </p>
      )}
      {viewer.id && (
        <p className="notice signed-in">
          {t("signIn.signedInAs", {
            name: viewer.name ?? viewer.id,
            role: t(`roles.${highestRole(viewer.roles) ?? "none"}`),
          })}{" "}
          <button type="button" className="secondary" onClick={() => void signOut()}>
            {t("session.signOut")}
          </button>
        </p>
      )}
      {oidcProvider && (
        <p className="sign-in-oidc">
          {/* A full navigation: the server redirects to the provider, which redirects back. */}
          <a className="button" href={`/api/auth/oidc/start?next=${encodeURIComponent(next)}`}>
            {t("signIn.oidcButton", { provider: oidcProvider.label })}
          </a>
          <span className="sign-in-or">{t("signIn.oidcOr")}</span>
        </p>
      )}
      <form className="edit-form sign-in-form" onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label htmlFor={`${formId}-email`}>{t("signIn.email")}</label>
          <input
            id={`${formId}-email`}
            name="email"
            type="email"
            autoComplete="username"
            required
            value={email}
            aria-invalid={problem !== null || undefined}
            onChange={(event) => setEmail(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${formId}-password`}>{t("signIn.password")}</label>
          <input
            id={`${formId}-password`}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            aria-invalid={problem !== null || undefined}
            aria-describedby={problem ? `${formId}-problem` : undefined}
            onChange={(event) => setPassword(event.target.value)}
          />
        </div>
        {problem && (
          <p id={`${formId}-problem`} className="field-error" role="alert">
            <span aria-hidden="true">⚠ </span>
            {problem}
          </p>
        )}
        <p className="form-actions">
          <button type="submit" disabled={busy || email.trim() === "" || password === ""}>
            {busy ? t("signIn.checking") : t("signIn.submit")}
          </button>
          {viewer.anonymousRead && !viewer.id && <Link to={next}>{t("signIn.continueAnonymous")}</Link>}
        </p>
      </form>
      <section className="sign-in-help" aria-labelledby={`${formId}-how`}>
        <h2 id={`${formId}-how`}>{t("signIn.howTitle")}</h2>
        <p>{t("signIn.howText")}</p>
        <ul>
          {(["viewer", "editor", "admin"] as const).map((role) => (
            <li key={role}>
              <strong>{t(`roles.${role}`)}</strong> — {t(`signIn.roleAllows.${role}`)}
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
