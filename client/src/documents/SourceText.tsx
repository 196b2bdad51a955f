import { createElement, type ReactNode } from "react";
import { highlightSegments, type Passage } from "./highlight-segments";
import { isTextRun, type MarkdownPart, type TextRun } from "./markdown-runs";

/** What the text shows besides itself: the passages to highlight, the one asked for. */
interface Highlights {
  passages: Passage[];
  wanted: { start: number; end: number } | null;
  /** Given the first element of the passage asked for, to scroll to it. */
  onWanted: (element: HTMLElement | null) => void;
}

/** A run of text cut at the passages over it: each piece carries its offset in the plain text
 *  (`data-start`), a highlighted one sits in a `mark` linked to its fact. */
function runWithHighlights(run: TextRun, { passages, wanted, onWanted }: Highlights): ReactNode[] {
  return highlightSegments(run.text, run.start, passages).map((segment) => {
    const piece = (
      <span key={segment.start} data-start={segment.start}>
        {segment.text}
      </span>
    );
    if (segment.passages.length === 0) return piece;
    const fact = segment.passages.find((passage) => passage.kind === "fact");
    const isWanted = wanted !== null && segment.start < wanted.end && wanted.start < segment.end;
    return (
      <mark
        key={segment.start}
        ref={isWanted ? onWanted : undefined}
        className={segment.passages.map((passage) => `passage-${passage.kind}`).join(" ")}
        data-fact={fact?.id}
      >
        {fact ? <a href={`#fact-${encodeURIComponent(fact.id)}`}>{piece}</a> : piece}
      </mark>
    );
  });
}

/** The parts of a page (markdown-runs.ts) as elements, every run with its highlights. */
function renderParts(parts: MarkdownPart[], highlights: Highlights): ReactNode[] {
  return parts.flatMap((part, index) => {
    if (isTextRun(part)) return runWithHighlights(part, highlights);
    const props: Record<string, unknown> = { key: `${part.tag}-${index}` };
    if (part.href) Object.assign(props, { href: part.href, rel: "noreferrer", target: "_blank" });
    if (part.startNumber !== undefined) props.start = part.startNumber;
    return part.children.length === 0
      ? createElement(part.tag, props)
      : createElement(part.tag, props, ...renderParts(part.children, highlights));
  });
}

/** A page of a source: its formatting rendered, its passages highlighted, offsets kept. */
export function SourceText({ parts, ...highlights }: { parts: MarkdownPart[] } & Highlights) {
  return <>{renderParts(parts, highlights)}</>;
}
