// A page of text cut into runs, each marked with the passages (facts, suggestions, search matches)
// that cover it: offsets refer to the document's plain text, whatever the page shows.

/** A passage to highlight, at its offsets in the full text. */
export interface Passage {
  id: string;
  kind: "fact" | "suggestion" | "match";
  start: number;
  end: number;
}

/** A run of the page's text and the passages over it. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  passages: Passage[];
}

/** Cuts `text` (which starts at `offset` in the full text) at every passage's ends. */
export function highlightSegments(text: string, offset: number, passages: Passage[]): Segment[] {
  const end = offset + text.length;
  const inside = passages.filter((passage) => passage.end > offset && passage.start < end);
  const cuts = new Set([offset, end]);
  for (const passage of inside) {
    cuts.add(Math.max(offset, passage.start));
    cuts.add(Math.min(end, passage.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let index = 0; index < points.length - 1; index++) {
    const from = points[index]!;
    const to = points[index + 1]!;
    if (from === to) continue;
    segments.push({
      start: from,
      end: to,
      text: text.slice(from - offset, to - offset),
      passages: inside.filter((passage) => passage.start <= from && passage.end >= to),
    });
  }
  return segments;
}

/** Bold runs of Markdown (`**Besançon :**`): the text in parts, the marks left out of what is shown,
 *  each part with its offset in the plain text (the text starting at `offset`); `startsBold` when the
 *  text starts inside a bold run (a highlight may cut one). */
export function markdownBold(
  text: string,
  startsBold = false,
  offset = 0,
): Array<{ text: string; bold: boolean; start: number }> {
  const parts: Array<{ text: string; bold: boolean; start: number }> = [];
  let bold = startsBold;
  let at = offset;
  for (const piece of text.split("**")) {
    if (piece !== "") parts.push({ text: piece, bold, start: at });
    at += piece.length + 2;
    bold = !bold;
  }
  return parts;
}

/** Whether the text up to `length` leaves a bold run open (an odd number of `**`). */
export function boldOpenAt(text: string, length: number): boolean {
  return (text.slice(0, length).split("**").length - 1) % 2 === 1;
}
