import { Suspense, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, Outlet, ScrollRestoration, useLocation, useNavigation } from "react-router";
import { SessionMenu, useViewer } from "../session";
import { LanguageSwitch } from "./LanguageSwitch";
import { LoadingState } from "./states";

/** The shell of every view: skip link, header with navigation, language and session, the view, and a progress bar. */
export function AppLayout() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const navigation = useNavigation();
  const mainRef = useFocusMainOnNavigation();
  return (
    <div className="app">
      <a className="skip-link" href="#content">
        {t("app.skipToContent")}
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span>
            <span className="brand-name">{t("app.name")}</span>
            <span className="brand-tagline">{t("app.tagline")}</span>
          </span>
        </Link>
        <nav aria-label={t("app.nav.label")} className="app-nav">
          <NavLink to="/" end>
            {t("app.nav.home")}
          </NavLink>
          <NavLink to="/questions/firms-at-events">{t("app.nav.questions")}</NavLink>
          <NavLink to="/paths">{t("app.nav.paths")}</NavLink>
          <NavLink to="/funding">{t("app.nav.funding")}</NavLink>
          <NavLink to="/network">{t("app.nav.network")}</NavLink>
          <NavLink to="/deliverables">{t("app.nav.deliverables")}</NavLink>
          <NavLink to="/quality">{t("app.nav.quality")}</NavLink>
          {viewer.can("editor") && <NavLink to="/documents/new">{t("app.nav.sources")}</NavLink>}
          {viewer.can("admin") && <NavLink to="/import">{t("app.nav.import")}</NavLink>}
          {viewer.can("admin") && <NavLink to="/admin/accounts">{t("app.nav.accounts")}</NavLink>}
          {viewer.can("admin") && <NavLink to="/registry">{t("app.nav.registry")}</NavLink>}
        </nav>
        <LanguageSwitch />
        <SessionMenu />
      </header>
      {navigation.state !== "idle" && <div className="progress" role="progressbar" aria-label={t("app.navigating")} />}
      <main id="content" ref={mainRef} tabIndex={-1}>
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </main>
      <ScrollRestoration />
    </div>
  );
}

/** Moves focus to the main area when the path changes, so keyboard and screen reader users start at the new view. */
function useFocusMainOnNavigation() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current !== pathname) mainRef.current?.focus({ preventScroll: true });
    previous.current = pathname;
  }, [pathname]);
  return mainRef;
}
