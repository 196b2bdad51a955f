import { useTranslation } from "react-i18next";
import { isRouteErrorResponse, useRevalidator, useRouteError } from "react-router";
import { usePageTitle } from "./use-page-title";
import { ErrorState } from "./states";

/** A route's error element: not found for unknown URLs, the designed error state otherwise. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  const revalidator = useRevalidator();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  usePageTitle(notFound ? t("states.notFoundTitle") : t("states.errorTitle"));
  if (notFound) return <NotFound />;
  return (
    <section className="view">
      <ErrorState error={error} onRetry={() => void revalidator.revalidate()} />
    </section>
  );
}

/** The page of a URL that matches no view. */
export function NotFound() {
  const { t } = useTranslation();
  usePageTitle(t("states.notFoundTitle"));
  return (
    <section className="view">
      <h1>{t("states.notFoundTitle")}</h1>
      <p>{t("states.notFoundHint")}</p>
    </section>
  );
}
