// A selection in the rendered text mapped back to offsets in the document's plain text: every run
// of rendered text sits in an element carrying `data-start`, its offset in the plain text.

/** The plain-text offset of one end of a DOM range, or null when it is outside the rendered text. */
function boundaryOffset(node: Node, offset: number, atEnd: boolean): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const holder = node.parentElement?.closest<HTMLElement>("[data-start]");
    return holder ? Number(holder.dataset.start) + offset : null;
  }
  if (!(node instanceof Element)) return null;
  // An element boundary: the start of the run after it, or the end of the run before it.
  const runs = [...node.querySelectorAll<HTMLElement>("[data-start]")];
  const child = node.childNodes[offset];
  const after = child ? runs.find((run) => child === run || child.contains(run) || precedes(child, run)) : undefined;
  if (after && !atEnd) return Number(after.dataset.start);
  const before = runs.filter((run) => !child || precedes(run, child)).pop();
  if (before) return Number(before.dataset.start) + (before.textContent ?? "").length;
  return after ? Number(after.dataset.start) : null;
}

function precedes(first: Node, second: Node): boolean {
  return (first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/** The selected passage's offsets in the plain text, when the range lies inside `root`. */
export function selectionOffsets(range: Range, root: Element): { start: number; end: number } | null {
  if (range.collapsed || !root.contains(range.commonAncestorContainer)) return null;
  const start = boundaryOffset(range.startContainer, range.startOffset, false);
  const end = boundaryOffset(range.endContainer, range.endOffset, true);
  return start === null || end === null || end <= start ? null : { start, end };
}
