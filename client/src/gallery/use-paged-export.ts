// An export of every page of a paged answer, with the progress shown while more than one page loads.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type CompactPage, fetchAllPages } from "./compact-pages";

/**
 * `exportAll(fetchPage, pageSize, write)` fetches every page (`fetchPage(after)`), then hands them
 * appended to `write`; `progress` says "page 2 of 5" while a multi-page export runs, else null.
 */
export function usePagedExport() {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<string | null>(null);
  const exportAll = async <Page extends CompactPage<unknown, { ref: string }, { id: string }>>(
    fetchPage: (after: string | null) => Promise<Page>,
    pageSize: number,
    write: (pages: Page) => void,
  ) => {
    try {
      const pages = await fetchAllPages(fetchPage, pageSize, (page, pagesInAll) =>
        setProgress(pagesInAll > 1 ? t("gallery.exportProgress", { page, pages: pagesInAll }) : null),
      );
      write(pages);
    } finally {
      setProgress(null);
    }
  };
  return { exportAll, progress };
}
