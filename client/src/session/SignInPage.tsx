import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { errorMessage, isRefusedSignIn, usePageTitle } from "../layout";
import { useFormat } from "../i18n";
import { highestRole } from "./roles";
import { cleanToken, readTokenClaims, safeNextPath, tokenProblem } from "./token-claims";
import { useSessionActions } from "./use-session-actions";
import { useViewer } from "./use-viewer";

/** `/sign-in`: paste a token (`npm run token`), checked by the server, then back where the person was. */
export function SignInPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const formId = useId();
  const viewer = useViewer();
  const [search] = useSearchParams();
  const next = safeNextPath(search.get("next"));
  const reason = search.get("reason");
  const { signIn, signOut } = useSessionActions();
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  usePageTitle(t("signIn.title"));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const token = cleanToken(text);
    const claims = readTokenClaims(token);
    const local = tokenProblem(claims, new Date());
    if (local) {
      setProblem(
        local === "expired"
          ? t("signIn.expired", { date: format.dateTime(claims!.expiresAt!) })
          : t("signIn.malformed"),
      );
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await signIn(token, next);
    } catch (error) {
      setProblem(
        isRefusedSignIn(error)
          ? t("signIn.refused", { message: errorMessage(error) })
          : t("signIn.failed", { message: errorMessage(error) }),
      );
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
      <form className="edit-form sign-in-form" onSubmit={(event) => void submit(event)} noValidate>
        <div className="field wide">
          <label htmlFor={`${formId}-token`}>{t("signIn.token")}</label>
          <textarea
            id={`${formId}-token`}
            name="token"
            rows={4}
            spellCheck={false}
            autoComplete="off"
            value={text}
            aria-invalid={problem !== null || undefined}
            aria-describedby={problem ? `${formId}-problem` : `${formId}-hint`}
            onChange={(event) => setText(event.target.value)}
          />
          <span id={`${formId}-hint`} className="field-hint">
            {t("signIn.tokenHint")}
          </span>
          {problem && (
            <p id={`${formId}-problem`} className="field-error" role="alert">
              <span aria-hidden="true">⚠ </span>
              {problem}
            </p>
          )}
        </div>
        <p className="form-actions">
          <button type="submit" disabled={busy || text.trim() === ""}>
            {busy ? t("signIn.checking") : t("signIn.submit")}
          </button>
          {viewer.anonymousRead && !viewer.id && <Link to={next}>{t("signIn.continueAnonymous")}</Link>}
        </p>
      </form>
      <section className="sign-in-help" aria-labelledby={`${formId}-how`}>
        <h2 id={`${formId}-how`}>{t("signIn.howTitle")}</h2>
        <p>{t("signIn.howText")}</p>
        <pre>
          <code>npm run token -- --user marie --role editor --name "Marie Dupont"</code>
        </pre>
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
