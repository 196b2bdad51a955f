import { useEffect } from "react";

/** Sets the document title to `<title> · Maillage` while the view is shown. */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Maillage` : "Maillage";
  }, [title]);
}
