import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n";
import type { ImportOutcome, ImportReport } from "./import-request";

/** What an import request gave: its report, or why there is none. */
export function ImportOutcomeView({ outcome }: { outcome: ImportOutcome }) {
  const { t } = useTranslation();
  if (outcome.kind === "failure") {
    return (
      <div className="state state-error" role="alert">
        <span className="state-icon" aria-hidden="true">
          !
        </span>
        <div>
          <p className="state-title">{t("import.failed")}</p>
          <p className="state-detail">
            <code>{outcome.message}</code>
          </p>
        </div>
      </div>
    );
  }
  return <ImportReportView report={outcome.report} />;
}

/** A report: the outcome and its counts, the problems by line and column, the ambiguous matches, what changes. */
function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { changes } = report;
  // A refused file wrote nothing: what it would have changed is not worth counting.
  const counts = [
    t("import.counts.rows", { count: report.file.rows }),
    report.status === "rejected"
      ? null
      : t("import.counts.organizations", {
          created: changes.organizations.created,
          updated: changes.organizations.updated,
        }),
    report.status !== "rejected" && report.kind === "participations"
      ? t("import.counts.events", { created: changes.events.created })
      : null,
    report.status !== "rejected" && report.kind === "projects"
      ? t("import.counts.projects", {
          created: changes.projects.created,
          updated: changes.projects.updated,
          programmes: changes.programmes.created,
        })
      : null,
    report.status === "rejected"
      ? null
      : t("import.counts.relationships", {
          stated: changes.relationships,
          created: report.database?.relationshipsCreated ?? 0,
        }),
  ].filter((line): line is string => line !== null);
  return (
    <div className={`import-report import-${report.status}`}>
      <h2>{t(`import.status.${report.status}`)}</h2>
      <ul className="import-counts">
        {counts.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="field-hint">
        {t("import.fileRead", {
          name: report.fileName,
          encoding: report.file.encoding ?? "?",
          separator: report.file.separator ?? "?",
          seconds: format.number(report.timings.totalMs / 1000),
        })}
      </p>
      {report.errorCount > 0 && (
        <IssueTable
          caption={t("import.errors", { count: report.errorCount })}
          issues={report.errors}
          more={report.errorCount - report.errors.length}
        />
      )}
      {report.ambiguities.length > 0 && (
        <div className="table-scroll">
          <table className="answer-table compact import-ambiguities">
            <caption>{t("import.ambiguities", { count: report.ambiguities.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("import.line")}</th>
                <th scope="col">{t("import.column")}</th>
                <th scope="col">{t("import.value")}</th>
                <th scope="col">{t("import.candidates")}</th>
              </tr>
            </thead>
            <tbody>
              {report.ambiguities.map((ambiguity) => (
                <tr key={`${ambiguity.line}-${ambiguity.field}`}>
                  <td className="number">{ambiguity.line}</td>
                  <td>{ambiguity.field}</td>
                  <td lang="fr">{ambiguity.value}</td>
                  <td lang="fr">
                    {ambiguity.candidates
                      .map(
                        (candidate) =>
                          `${candidate.name} (${candidate.ref}${candidate.siren ? `, SIREN ${candidate.siren}` : ""})`,
                      )
                      .join(" ; ")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {report.warningCount > 0 && (
        <details>
          <summary>{t("import.warnings", { count: report.warningCount })}</summary>
          <IssueTable
            caption={t("import.warnings", { count: report.warningCount })}
            issues={report.warnings}
            more={report.warningCount - report.warnings.length}
          />
        </details>
      )}
      {changes.organizations.createdList.length + changes.organizations.updatedList.length > 0 && (
        <details>
          <summary>{t("import.changedOrganizations")}</summary>
          <ul className="import-changes" lang="fr">
            {changes.organizations.createdList.slice(0, 100).map((change) => (
              <li key={change.ref}>
                + {change.name} <code>{change.ref}</code>
              </li>
            ))}
            {changes.organizations.updatedList.slice(0, 100).map((change) => (
              <li key={change.ref}>
                ~ {change.name} : {(change.changes ?? []).join(" ; ")}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** Problems (or warnings) by line and column, with the server's reason. */
function IssueTable({ caption, issues, more }: { caption: string; issues: ImportReport["errors"]; more: number }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="answer-table compact import-issues">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("import.line")}</th>
            <th scope="col">{t("import.column")}</th>
            <th scope="col">{t("import.reason")}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue, index) => (
            <tr key={index}>
              <td className="number">{issue.line ?? t("import.wholeFile")}</td>
              <td>{issue.field ?? "—"}</td>
              <td>
                {issue.message} <code>{issue.code}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {more > 0 && <p className="field-hint">{t("import.more", { count: more })}</p>}
    </div>
  );
}
