import { useApolloClient, useQuery } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { RegistryImportProgressDocument } from "../__generated__/graphql";
import { usePageTitle } from "../layout";
import { useViewer } from "../session";
import { MatchReview } from "./MatchReview";
import { newProgressId, sendRegistryFiles, type RegistryUploadOutcome } from "./registry-upload";

/** The counts of the import under way, read every second while its files stream in. */
function ImportProgress({ progressId }: { progressId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(RegistryImportProgressDocument, {
    variables: { id: progressId },
    pollInterval: 1000,
    fetchPolicy: "network-only",
  });
  const progress = data?.registryImportProgress;
  return (
    <p role="status" className="registry-progress">
      {progress
        ? progress.file === "units"
          ? t("registry.page.progressUnits", {
              rows: progress.rowsRead,
              kept: progress.kept,
              companies: progress.companiesRead,
              companiesKept: progress.companiesKept,
            })
          : t("registry.page.progress", { rows: progress.rowsRead, kept: progress.kept })
        : t("registry.page.reading")}
    </p>
  );
}

/** The register page (admins): import the Sirene stock files, then review the matches they propose. */
export function RegistryPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const client = useApolloClient();
  usePageTitle(t("registry.page.title"));
  const [establishments, setEstablishments] = useState<File | null>(null);
  const [units, setUnits] = useState<File | null>(null);
  const [fileDate, setFileDate] = useState(new Date().toISOString().slice(0, 10));
  const [departement, setDepartement] = useState("25");
  const [dryRun, setDryRun] = useState(true);
  const [allEstablishments, setAllEstablishments] = useState(false);
  // The id of the import under way, whose counts are followed; null when none runs.
  const [running, setRunning] = useState<string | null>(null);
  const busy = running !== null;
  const [outcome, setOutcome] = useState<RegistryUploadOutcome | null>(null);
  if (!viewer.can("admin")) {
    return (
      <section className="view">
        <h1>{t("registry.page.title")}</h1>
        <p className="notice">{t("session.needsRole", { role: t("roles.admin") })}</p>
      </section>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!establishments) return;
    const progressId = newProgressId();
    setRunning(progressId);
    const sent = await sendRegistryFiles({
      establishments,
      units,
      fileDate,
      departement,
      allEstablishments,
      dryRun,
      progressId,
    });
    // The matches the files proposed join the list below.
    if (sent.kind === "report" && !sent.report.dryRun) await client.refetchQueries({ include: ["RegistryReview"] });
    setOutcome(sent);
    setRunning(null);
  };
  const report = outcome?.kind === "report" ? outcome.report : null;
  return (
    <section className="view registry-page">
      <h1>{t("registry.page.title")}</h1>
      <p>{t("registry.page.intro")}</p>
      <form onSubmit={(event) => void submit(event)} className="registry-upload">
        <label>
          {t("registry.page.establishments")}
          <input type="file" accept=".csv,text/csv" onChange={(e) => setEstablishments(e.target.files?.[0] ?? null)} />
        </label>
        <label>
          {t("registry.page.units")}
          <input type="file" accept=".csv,text/csv" onChange={(e) => setUnits(e.target.files?.[0] ?? null)} />
        </label>
        <label>
          {t("registry.page.fileDate")}
          <input type="date" value={fileDate} onChange={(e) => setFileDate(e.target.value)} />
        </label>
        <label>
          {t("registry.page.departement")}
          <input value={departement} onChange={(e) => setDepartement(e.target.value)} size={4} />
        </label>
        <label>
          <input type="checkbox" checked={allEstablishments} onChange={(e) => setAllEstablishments(e.target.checked)} />{" "}
          {t("registry.page.allEstablishments")}
        </label>
        <label>
          <input type="checkbox" checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} />{" "}
          {t("registry.page.dryRun")}
        </label>
        <button type="submit" disabled={!establishments || busy}>
          {busy ? t("registry.page.reading") : t("registry.page.submit")}
        </button>
      </form>
      {running && <ImportProgress progressId={running} />}
      {outcome?.kind === "failure" && <p className="notice">{outcome.message}</p>}
      {report && (
        <div role="status" className="registry-report">
          {t(report.dryRun ? "registry.page.reportDry" : "registry.page.report", {
            rows: report.establishments.rows,
            kept: report.establishments.kept,
            matched: report.matched.length,
            ambiguous: report.ambiguous.length,
            notFound: report.notFound.length,
            closed: report.closed.length,
          })}
          {report.establishmentScope === "all" &&
            ` ${t("registry.page.reportSecondary", { count: report.establishments.secondaryKept })}`}
          {report.establishments.problems.length > 0 && (
            <ul>
              {report.establishments.problems.map((problem) => (
                <li key={problem.line}>
                  {t("registry.page.problem", { line: problem.line, problem: problem.problem })}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <h2 className="section-title">{t("registry.page.pending")}</h2>
      <MatchReview />
    </section>
  );
}
