// A text PDF of as many pages as a test or a benchmark needs, made on the spot with pdf-lib (no large
// binary in git): each page holds a line naming its number, then lines of French prose about the
// ecosystem, so that the scan for mentions has work to do.
import { PDFDocument, StandardFonts } from "pdf-lib";

/** Sentences the pages are made of: firms, communes, demonyms, amounts and years, as articles write them. */
const prose = [
  "Le Pôle des Microtechniques accompagne les entreprises de la filière depuis 2005.",
  "La société Horlogia SAS, à Besançon, recrute dix techniciens en décolletage de précision.",
  "L'entreprise bisontine a exposé au salon Micronora en 2024 avec trois autres PME.",
  "Grand Besançon Métropole verse une subvention de 45 000 € au programme d'actions.",
  "Installée à Thise, la start-up conçoit des capteurs pour l'aéronautique et le spatial.",
  "Les élus ont rappelé le rôle de Femto-ST dans la recherche en micro-robotique.",
  "Une délégation a participé à la convention d'affaires de Turin au printemps.",
  "Le cluster organise un webinaire sur la santé connectée et les dispositifs médicaux.",
  "À Pouilley-les-Vignes, un atelier d'usinage investit dans une machine à cinq axes.",
  "La région finance le projet à hauteur de 120 000 € sur deux ans.",
];

/** The line that says which page it is: found verbatim in that page's text. */
export function pageMarker(page: number, pages: number): string {
  return `Page témoin ${page} sur ${pages}.`;
}

/** A PDF of `pages` pages, each with its marker line and `linesPerPage` lines of prose. */
export async function manyPagePdf(pages: number, linesPerPage = 40): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let page = 1; page <= pages; page++) {
    const sheet = pdf.addPage([595, 842]);
    sheet.drawText(pageMarker(page, pages), { x: 40, y: 800, size: 10, font });
    for (let line = 0; line < linesPerPage; line++)
      sheet.drawText(prose[(page + line) % prose.length]!, { x: 40, y: 780 - line * 18, size: 9, font });
  }
  pdf.setTitle(`Rapport de ${pages} pages`);
  return pdf.save();
}
