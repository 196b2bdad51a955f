// Below a paged answer: how many answers are shown of how many, and a button for the next page.
import { useTranslation } from "react-i18next";

interface LoadMoreProps {
  /** Answers shown so far. */
  shown: number;
  /** Answers in all. */
  total: number;
  /** How many answers a page brings. */
  pageSize: number;
  hasNextPage: boolean;
  /** True while the next page loads. */
  loading: boolean;
  onLoadMore: () => void;
}

/** "12 shown of 130" and, when more follow, a button (a native one: focusable, Enter and Space) that loads them. */
export function LoadMore({ shown, total, pageSize, hasNextPage, loading, onLoadMore }: LoadMoreProps) {
  const { t } = useTranslation();
  return (
    <div className="load-more">
      <p className="muted" aria-live="polite">
        {t("gallery.shownOf", { count: shown, total })}
      </p>
      {hasNextPage && (
        <button type="button" className="secondary" onClick={onLoadMore} disabled={loading} aria-busy={loading}>
          {loading ? t("gallery.loadingMore") : t("gallery.loadMore", { count: Math.min(pageSize, total - shown) })}
        </button>
      )}
    </div>
  );
}
