// The English texts of the data-quality page: the same keys as fr-quality.ts, checked by the type.
import type { frQuality } from "./fr-quality";
import type { Texts } from "./texts";

export const enQuality: Texts<typeof frQuality> = {
  partnership: {
    filter: "Partnership status",
    all: "all statuses",
    ACTIVE: "active",
    PLANNED: "planned",
    TO_STRENGTHEN: "to strengthen",
  },
  quality: {
    title: "Data quality",
    titleOf: "Data quality — {{source}}",
    intro:
      "What the sources state and what they do not: every fact of the graph quotes a passage of its source; a fact added without the source saying it is “unverified”, with its reason.",
    navLink: "Data quality",
    allSources: "All sources",
    sourceLabel: "Source",
    show: "Show",
    summary: "Facts by confidence",
    confidence: "Confidence",
    count: "Facts",
    stated: "stated by the source",
    unverified: "unverified",
    total: "Total",
    bySource: "Facts by source",
    source: "Source",
    countChecks: "Count checks",
    countChecksIntro:
      "The totals the document states, against what its lists give. A gap comes from the document, not from the extraction.",
    check: "Check",
    expected: "Stated",
    found: "Listed",
    gap: "Gap",
    notes: "Extraction notes",
    notesIntro: "What the extraction noticed while reading the document, as it wrote it.",
    noteNumber: "No.",
    kind: "Kind",
    note: "Note",
    passage: "Passage",
    showPassage: "Show the passage",
    kinds: {
      COUNT_CHECK: "counts",
      NAME: "name",
      COMMUNE: "commune",
      PERSON: "person",
      OTHER: "other",
    },
    unverifiedFacts: "Unverified facts",
    unverifiedIntro: "Every fact its source does not state, with the reason it is there.",
    fact: "Fact",
    reason: "Reason",
    none: "None.",
    noNotes: "No notes for this source.",
  },
};
