import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { EmptyState, usePageTitle } from "../layout";
import { signInPath, useViewer } from "../session";
import { AccountsAdmin } from "./AccountsAdmin";

/** `/admin/accounts`: people's accounts and the API tokens, for admins. */
export function AccountsPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const location = useLocation();
  usePageTitle(t("accounts.title"));
  return (
    <article className="view accounts">
      <h1>{t("accounts.title")}</h1>
      {viewer.can("admin") ? (
        <AccountsAdmin self={viewer.id} />
      ) : (
        <EmptyState>
          {t("session.needsRole", { role: t("roles.admin") })}{" "}
          <Link to={signInPath(location.pathname)}>{t("session.signIn")}</Link>
        </EmptyState>
      )}
    </article>
  );
}
