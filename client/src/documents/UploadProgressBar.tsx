import { useTranslation } from "react-i18next";
import type { UploadProgress } from "./upload-with-progress";

/** How far along an upload is, as a fraction: sending a tenth, reading the pages six, the scan the rest. */
function fractionOf(progress: UploadProgress | null): number | undefined {
  if (!progress) return undefined;
  switch (progress.stage) {
    case "send":
      return progress.total > 0 ? (progress.sent / progress.total) * 0.1 : undefined;
    case "read":
      return 0.1 + (progress.page / progress.pages) * 0.6;
    case "scan":
      return 0.7 + (progress.part / progress.parts) * 0.25;
    default:
      return undefined;
  }
}

/** An upload's progress: the bytes sent, then « page 120 / 300 », then the scan and the write (the
 *  pages read still said). */
export function UploadProgressBar({
  progress,
  pagesRead,
}: {
  progress: UploadProgress | null;
  /** The last page read, once the server has read one. */
  pagesRead: Extract<UploadProgress, { stage: "read" }> | null;
}) {
  const { t } = useTranslation();
  const words = !progress
    ? t("documents.uploading")
    : progress.stage === "send"
      ? t("documents.progress.send", {
          percent: progress.total > 0 ? Math.round((progress.sent / progress.total) * 100) : 0,
        })
      : progress.stage === "read"
        ? t("documents.progress.read", { page: progress.page, pages: progress.pages })
        : progress.stage === "scan"
          ? t("documents.progress.scan", { part: progress.part, parts: progress.parts })
          : t("documents.progress.save");
  const fraction = fractionOf(progress);
  return (
    <div className="upload-progress" role="status" aria-live="polite">
      <progress max={1} {...(fraction === undefined ? {} : { value: fraction })} aria-label={words} />
      {pagesRead && progress?.stage !== "read" && progress?.stage !== "send" && (
        <span>{t("documents.progress.read", { page: pagesRead.page, pages: pagesRead.pages })} ·</span>
      )}
      <span data-testid="upload-progress">{words}</span>
    </div>
  );
}
