// CSV injection: a text cell that starts like a formula is run by the spreadsheet that opens the
// file. Shared by every CSV Maillage writes (the server's deliverables, the client's exports); pure,
// so the client may import it.

/** What a spreadsheet may read as the start of a formula: `=`, `+`, `-`, `@`, tab, carriage return. */
export const formulaStart = /^[=+\-@\t\r]/u;

/** A text cell made inert as OWASP recommends: a leading `'` when it starts like a formula. */
export function inertCell(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}
