// Writes a synthetic StockEtablissement file in the official layout for the streaming benchmark:
//   npx tsx tests/bench/registry/generate-establishments.ts [rows=1000000] [file=.tmp/StockEtablissement_1M.csv]
// Seeded (the same file every time): one establishment in three is a head office, one in a hundred
// lies in the Doubs (25); every SIREN and SIRET has a valid key.
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { once } from "node:events";
import { luhnKey } from "../../../graph/registry/company-numbers.js";
import { establishmentColumns } from "../../../server/registry/sirene-columns.js";
import { stockHeader, stockLine } from "../../fixtures/registry/stock-files.js";
import { SeededRandom } from "../seeded-random.js";

const rows = Number(process.argv[2] ?? 1_000_000);
const file = process.argv[3] ?? ".tmp/StockEtablissement_1M.csv";
const communes = [
  ["25056", "BESANCON"],
  ["25527", "SAINT-VIT"],
  ["25462", "PONTARLIER"],
  ["75056", "PARIS"],
  ["69123", "LYON"],
  ["13055", "MARSEILLE"],
  ["39198", "DOLE"],
  ["21231", "DIJON"],
];
const activities = ["26.51B", "25.62B", "28.41Z", "26.52Z", "62.01Z", "47.11F", "56.10A"];
const bands = ["NN", "00", "01", "02", "03", "11", "12", "21", "22", "31", "32"];

async function main() {
  await mkdir(path.dirname(file), { recursive: true });
  const seeded = new SeededRandom(20241101);
  const random = () => seeded.float();
  const pick = <T>(items: readonly T[]) => seeded.pick(items);
  const out = createWriteStream(file);
  out.write(`${stockHeader(establishmentColumns)}\n`);
  const started = Date.now();
  for (let row = 0; row < rows; row++) {
    const body = String(10_000_000 + row);
    const siren = `${body}${luhnKey(body)}`;
    const nic = "0001";
    const siret = `${siren}${nic}${luhnKey(`${siren}${nic}`)}`;
    const [code, name] = random() < 0.01 ? pick(communes.slice(0, 3)) : pick(communes.slice(3));
    const line = stockLine(establishmentColumns, {
      siren,
      nic: siret.slice(9),
      siret,
      statutDiffusionEtablissement: "O",
      dateCreationEtablissement: "2010-01-01",
      trancheEffectifsEtablissement: pick(bands),
      etablissementSiege: random() < 1 / 3 ? "true" : "false",
      libelleVoieEtablissement: "DE LA REPUBLIQUE",
      codePostalEtablissement: `${code!.slice(0, 2)}000`,
      libelleCommuneEtablissement: name,
      codeCommuneEtablissement: code,
      etatAdministratifEtablissement: random() < 0.9 ? "A" : "F",
      denominationUsuelleEtablissement: `ENTREPRISE ${row}`,
      activitePrincipaleEtablissement: pick(activities),
      nomenclatureActivitePrincipaleEtablissement: "NAFRev2",
      caractereEmployeurEtablissement: "O",
    });
    if (!out.write(`${line}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  console.log(`${rows} rows written to ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

void main();
