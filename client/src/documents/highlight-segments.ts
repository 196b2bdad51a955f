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
