// Pieces of a source text that remember where they sit, so that every quote is a slice of the source.

/** A slice of the source text and its offsets. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** The span of the source between two offsets. */
export function spanOf(source: string, start: number, end: number): Span {
  return { text: source.slice(start, end), start, end };
}

/** The span without its leading and trailing white space. */
export function trimSpan(span: Span): Span {
  const leading = span.text.length - span.text.trimStart().length;
  const trailing = span.text.length - span.text.trimEnd().length;
  return { text: span.text.trim(), start: span.start + leading, end: span.end - trailing };
}

/** The body of the paragraph opened by a heading (e.g. "Étaient présents :"), up to the next blank line. */
export function paragraphAfter(source: string, heading: RegExp): Span | undefined {
  const match = new RegExp(heading.source, heading.flags.replace("g", "")).exec(source);
  if (!match) return undefined;
  const start = match.index + match[0].length;
  const blankLine = /\n[ \t]*\n/g;
  blankLine.lastIndex = start;
  const end = blankLine.exec(source)?.index ?? source.length;
  return trimSpan(spanOf(source, start, end));
}

/** Splits a span at every comma that is not inside parentheses; parts are trimmed, empty ones dropped. */
export function splitOutsideParentheses(span: Span): Span[] {
  const parts: Span[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= span.text.length; i++) {
    const char = span.text[i];
    if (char === "(") depth++;
    else if (char === ")") depth = Math.max(0, depth - 1);
    else if (char === undefined || (char === "," && depth === 0)) {
      parts.push(trimSpan({ text: span.text.slice(from, i), start: span.start + from, end: span.start + i }));
      from = i + 1;
    }
  }
  return parts.filter((part) => part.text.length > 0);
}

/** A list grouped under a commune heading `**Besançon :**` (null heading: entries before any heading). */
export interface CommuneGroup {
  commune: string | null;
  heading: Span | null;
  entries: Span[];
}

/** Splits a list paragraph at its commune headings `**Commune :**` and each group at its commas. */
export function groupByCommune(body: Span): CommuneGroup[] {
  const headings = [...body.text.matchAll(/\*\*\s*([^*]+?)\s*:\s*\*\*/gu)];
  const groups: CommuneGroup[] = [];
  const firstHeading = headings[0]?.index ?? body.text.length;
  const before = splitOutsideParentheses({
    text: body.text.slice(0, firstHeading),
    start: body.start,
    end: body.start + firstHeading,
  });
  if (before.length > 0) groups.push({ commune: null, heading: null, entries: before });
  headings.forEach((heading, i) => {
    const headingStart = heading.index;
    const entriesStart = headingStart + heading[0].length;
    const entriesEnd = headings[i + 1]?.index ?? body.text.length;
    groups.push({
      commune: heading[1] ?? null,
      heading: { text: heading[0], start: body.start + headingStart, end: body.start + entriesStart },
      entries: splitOutsideParentheses({
        text: body.text.slice(entriesStart, entriesEnd),
        start: body.start + entriesStart,
        end: body.start + entriesEnd,
      }),
    });
  });
  return groups;
}
