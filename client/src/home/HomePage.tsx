import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { DueSoonPanel } from "../follow-up";
import { QuestionGallery } from "../gallery";
import { entityPath } from "../graph-node";
import { usePageTitle } from "../layout";
import { EntitySearch } from "../search";
import { useViewer } from "../session";

/** The home page: one search across the graph, then the analyst questions. */
export function HomePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const viewer = useViewer();
  usePageTitle(undefined);
  return (
    <div className="view home">
      <section className="home-search" aria-labelledby="home-title">
        <h1 id="home-title">{t("home.title")}</h1>
        <p className="lead">{t("home.intro")}</p>
        <EntitySearch
          className="search-large"
          label={t("search.label")}
          placeholder={t("search.placeholder")}
          onPick={(entity) => void navigate(entityPath(entity.ref))}
        />
        {viewer.can("editor") && (
          <p className="entity-actions">
            <Link className="button secondary" to="/organizations/new">
              {t("editing.organization.newTitle")}
            </Link>
          </p>
        )}
      </section>
      {viewer.can("editor") && <DueSoonPanel />}
      <section className="home-gallery" aria-labelledby="gallery-title">
        <h2 id="gallery-title">{t("home.galleryTitle")}</h2>
        <QuestionGallery headingId="gallery-title" />
      </section>
    </div>
  );
}
