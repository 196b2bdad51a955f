import { useTranslation } from "react-i18next";
import { type CsvColumn, csvDelimiter, downloadCsv, toCsv } from "./csv";

/** Downloads rows as a CSV file with the separator Excel expects in the interface language. */
export function useCsvDownload() {
  const { i18n } = useTranslation();
  return <Row>(fileName: string, columns: ReadonlyArray<CsvColumn<Row>>, rows: readonly Row[]) =>
    downloadCsv(fileName, toCsv(columns, rows, csvDelimiter(i18n.language)));
}
