// Writes the long text PDF of the source benchmark (no such binary is kept in git):
//   npx tsx tests/bench/sources/generate-long-pdf.ts [pages=300] [file=.tmp/rapport-300-pages.pdf]
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { manyPagePdf } from "../../helpers/many-page-pdf.js";

const pages = Number(process.argv[2] ?? 300);
const file = process.argv[3] ?? `.tmp/rapport-${pages}-pages.pdf`;

await mkdir(path.dirname(file), { recursive: true });
const bytes = await manyPagePdf(pages);
await writeFile(file, bytes);
console.log(`${file}: ${pages} pages, ${(bytes.length / 1024 / 1024).toFixed(1)} MB`);
