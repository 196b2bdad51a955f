import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { highestRole } from "./roles";
import { signInPath } from "./session-loader";
import { useSessionActions } from "./use-session-actions";
import { useViewer } from "./use-viewer";

/** The header's part about the session: who is signed in and their role, with sign-out; or a sign-in link. */
export function SessionMenu() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const location = useLocation();
  const { signOut, signOutEverywhere } = useSessionActions();
  if (!viewer.id) {
    if (location.pathname === "/sign-in" || location.pathname === "/set-password") return null;
    return (
      <Link className="button secondary session-sign-in" to={signInPath(`${location.pathname}${location.search}`)}>
        {t("session.signIn")}
      </Link>
    );
  }
  const role = highestRole(viewer.roles) ?? "none";
  return (
    <div className="session" role="group" aria-label={t("session.label")}>
      <span className="session-user">
        <span className="session-name">{viewer.name ?? viewer.id}</span>{" "}
        <span className={`role-badge role-${role}`}>{t(`roles.${role}`)}</span>
      </span>
      <button type="button" className="secondary session-sign-out" onClick={() => void signOut()}>
        {t("session.signOut")}
      </button>
      <button
        type="button"
        className="link-button session-sign-out-everywhere"
        onClick={() => void signOutEverywhere()}
      >
        {t("session.signOutEverywhere")}
      </button>
    </div>
  );
}
