import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { usePageTitle } from "../layout";
import { useSessionActions } from "./use-session-actions";

/** The shortest password the server accepts (server/accounts/password-policy.ts). */
const minimumLength = 12;

/**
 * `/set-password#<token>`: the page of an invitation or reset link. The token is in the fragment, so it
 * never reaches a server log or a Referer header; the password is checked by the server (length,
 * common passwords) and the person is then signed in.
 */
export function SetPasswordPage() {
  const { t } = useTranslation();
  const formId = useId();
  const { setPassword } = useSessionActions();
  const [token] = useState(() => decodeURIComponent(window.location.hash.slice(1)));
  const [password, setPasswordText] = useState("");
  const [again, setAgain] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  usePageTitle(t("setPassword.title"));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if ([...password].length < minimumLength) return setProblem(t("setPassword.TOO_SHORT", { min: minimumLength }));
    if (password !== again) return setProblem(t("setPassword.differ"));
    setBusy(true);
    setProblem(null);
    const answer = await setPassword(token, password);
    setBusy(false);
    if (answer.error) {
      setProblem(
        answer.error.problem
          ? t(`setPassword.${answer.error.problem}`, { min: minimumLength })
          : answer.error.code === "BAD_USER_INPUT"
            ? t("setPassword.linkInvalid")
            : t("signIn.failed", { message: answer.error.message }),
      );
    }
  };

  return (
    <article className="view sign-in">
      <h1>{t("setPassword.title")}</h1>
      {!token && (
        <p className="notice" role="alert">
          {t("setPassword.linkInvalid")}
        </p>
      )}
      <form className="edit-form sign-in-form" onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label htmlFor={`${formId}-password`}>{t("setPassword.password")}</label>
          <input
            id={`${formId}-password`}
            type="password"
            autoComplete="new-password"
            required
            value={password}
            aria-describedby={`${formId}-hint`}
            onChange={(event) => setPasswordText(event.target.value)}
          />
          <span id={`${formId}-hint`} className="field-hint">
            {t("setPassword.hint", { min: minimumLength })}
          </span>
        </div>
        <div className="field">
          <label htmlFor={`${formId}-again`}>{t("setPassword.again")}</label>
          <input
            id={`${formId}-again`}
            type="password"
            autoComplete="new-password"
            required
            value={again}
            onChange={(event) => setAgain(event.target.value)}
          />
        </div>
        {problem && (
          <p className="field-error" role="alert">
            <span aria-hidden="true">⚠ </span>
            {problem}
          </p>
        )}
        <p className="form-actions">
          <button type="submit" disabled={busy || !token}>
            {t("setPassword.submit")}
          </button>
        </p>
      </form>
    </article>
  );
}
