// Candidate facts from a small set of French patterns over the mentions of each sentence:
// where an organisation is (LOCATED_IN), which event it took part in (PARTICIPATED_IN), who funds
// whom (FUNDS), and names of companies the graph does not know yet (NEW_ORGANIZATION).
import type { NamedThing } from "./gazetteer.js";
import type { Mention } from "./scan-mentions.js";
import { sentencesOf, type Sentence } from "./sentences.js";
import { foldText } from "./words.js";

/** What a suggestion proposes. */
export type SuggestionKind = "LOCATED_IN" | "PARTICIPATED_IN" | "FUNDS" | "NEW_ORGANIZATION";

/** A candidate fact and the passage (a sentence) that states it. */
export interface SuggestedFact {
  kind: SuggestionKind;
  from?: NamedThing;
  to?: NamedThing;
  /** The name of a new organisation (NEW_ORGANIZATION). */
  name?: string;
  year?: number;
  amount?: number;
  role?: string;
  /** The passage, at its offsets in the text. */
  start: number;
  end: number;
  quote: string;
  /** Which pattern proposed it. */
  pattern: string;
}

const isOrganization = (mention: Mention) => mention.kind === "ENTITY" && mention.thing?.label === "Organization";
const isEvent = (mention: Mention) => mention.kind === "ENTITY" && mention.thing?.label === "Event";
const isCommune = (mention: Mention) => mention.kind === "COMMUNE" && !mention.alternatives;
const isFunded = (mention: Mention) =>
  mention.kind === "ENTITY" && ["Organization", "Programme", "Project"].includes(mention.thing?.label ?? "");

/** The text between two offsets of the sentence, folded (case and accents ignored). */
function between(text: string, from: number, to: number): string {
  return foldText(text.slice(from, to));
}

/** Words that put an organisation somewhere: "installée à", "implantée à", "basée à", "siège à". */
const placedAt =
  /(?:installe|implante|base|situe|domicilie|localise|etabli|sise?)e?s?\s+(?:a|au|en|sur)\s*$|siege(?: social)?(?: est)?\s+(?:a|au|en)\s*$/;
/** The nouns that introduce a firm with its demonym: "l'entreprise bisontine X". */
const firmNoun =
  /(?:entreprise|societe|pme|tpe|eti|start-?up|jeune pousse|firme|industriel|groupe|fabricant|sous-traitant|entreprises|societes|pmes|start-?ups|laboratoire|cabinet)\s*$/;

function locatedIn(sentence: Sentence, text: string, mentions: Mention[]): SuggestedFact[] {
  const found: SuggestedFact[] = [];
  const add = (org: Mention, commune: Mention, pattern: string, role?: string) =>
    found.push(
      fact(sentence, "LOCATED_IN", pattern, { from: org.thing!, to: commune.thing!, ...(role ? { role } : {}) }),
    );
  mentions.forEach((mention, index) => {
    if (!isCommune(mention)) return;
    const before = mentions.slice(0, index);
    const previous = before[before.length - 1];
    const gap = previous ? between(text, previous.end, mention.start) : "";
    const orgsBefore = before.filter(isOrganization);
    const nearestOrg = orgsBefore[orgsBefore.length - 1];
    if (mention.viaDemonym) {
      // "l'entreprise bisontine Horlogia", "Horlogia, entreprise bisontine"
      const next = mentions[index + 1];
      const lead = between(text, Math.max(sentence.start, mention.start - 40), mention.start);
      if (
        next &&
        isOrganization(next) &&
        /^\s*$/.test(between(text, mention.end, next.start)) &&
        firmNoun.test(lead.trimEnd())
      )
        add(next, mention, "l'entreprise <gentilé> <organisation>");
      else if (
        previous &&
        isOrganization(previous) &&
        /^\s*,\s*(?:l'|une?\s+|la\s+|le\s+)?\S+\s*$/.test(gap) &&
        firmNoun.test(gap.replace(/[\s,]+$/, "").trimEnd())
      )
        add(previous, mention, "<organisation>, entreprise <gentilé>");
      return;
    }
    if (previous && isOrganization(previous)) {
      if (/^\s*,\s*(?:a|au)\s+$/.test(gap)) return add(previous, mention, "<organisation>, à <commune>");
      if (/^\s*\(\s*$/.test(gap) && text.slice(mention.end).trimStart().startsWith(")"))
        return add(previous, mention, "<organisation> (<commune>)");
    }
    const lead = between(text, Math.max(sentence.start, previous?.end ?? sentence.start), mention.start);
    if (nearestOrg && placedAt.test(lead)) {
      const role = /siege/.test(lead) ? "siège" : undefined;
      add(nearestOrg, mention, "installée à <commune>", role);
    }
  });
  return found;
}

/** Verbs and nouns saying someone took part in an event. */
const tookPart =
  /\b(?:a|ont|avait|avaient|aura|auront)\s+(?:participe|expose|pris part|presente)|\bparticiper(?:a|ont)?\b|\bexposer(?:a|ont)?\b|\bexposants?\b|\bpresentations?\s+(?:de|d')|\bpresente(?:nt)?\s+(?:au|a|sur|lors)|\bparticipation\s+(?:de|d')|\bpresents?\s+(?:au|a|sur)|\bpresentes?\s+(?:au|a|sur)/;

function participatedIn(sentence: Sentence, text: string, mentions: Mention[]): SuggestedFact[] {
  const events = mentions.filter(isEvent);
  if (events.length !== 1 || !tookPart.test(foldText(sentence.text))) return [];
  const eventMention = events[0]!;
  const years = mentions.filter((mention) => mention.kind === "YEAR").map((mention) => mention.value!);
  const editions = [eventMention.thing!, ...(eventMention.alternatives ?? [])];
  const event =
    editions.find((edition) => edition.year !== undefined && years.includes(edition.year)) ??
    [...editions].sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0]!;
  const folded = foldText(sentence.text);
  return mentions
    .filter((mention) => isOrganization(mention))
    .filter((mention) => {
      // Not the organiser: "organisé par X", "à l'initiative de X".
      const lead = between(text, Math.max(sentence.start, mention.start - 30), mention.start);
      return !/(?:organise|co-organise|initiative)e?s?\s+(?:par|de)\s+(?:l'|la |le )?$/.test(lead);
    })
    .map((mention) =>
      fact(sentence, "PARTICIPATED_IN", "<organisation> a participé à <événement>", {
        from: mention.thing!,
        to: event,
        ...(event.year !== undefined ? { year: event.year } : years[0] !== undefined ? { year: years[0] } : {}),
        ...(/\bexpos/.test(folded)
          ? { role: "exposant" }
          : /\bpresentation/.test(folded)
            ? { role: "présentation" }
            : {}),
      }),
    );
}

/** "X finance / soutient / accorde … à hauteur de N €", "subvention de N € à X". */
const fundingVerb =
  /\b(?:finance|financent|financera|soutient|soutiennent|accorde|accordent|verse|versent|attribue|attribuent|alloue|allouent|a (?:finance|accorde|verse|attribue|alloue)|ont (?:finance|accorde|verse|attribue|alloue)|apporte|apportent)\b/;

/** "X a reçu N € de Y", "X est financé à hauteur de N € par Y": the beneficiary comes first. */
const receivedFrom =
  /\b(?:a|ont) (?:recu|obtenu|beneficie)\b|\b(?:est|sont|a ete|ont ete) (?:finance|soutenu|subventionne)e?s?\b/;

function receivedFunding(sentence: Sentence, text: string, mentions: Mention[], amount: Mention): SuggestedFact[] {
  const folded = foldText(sentence.text);
  const verb = receivedFrom.exec(folded);
  if (!verb) return [];
  const verbAt = sentence.start + verb.index;
  const beneficiary = mentions.filter((mention) => isFunded(mention) && mention.end <= verbAt).pop();
  const funder = mentions.find(
    (mention) =>
      isOrganization(mention) &&
      mention.start > amount.end &&
      /\b(?:de|d'|du|par|aupres (?:de|du))\s*(?:l'|la |le )?$/.test(
        between(text, amount.end, mention.start).slice(-20),
      ),
  );
  if (!beneficiary || !funder || funder.thing!.ref === beneficiary.thing!.ref) return [];
  const years = mentions.filter((mention) => mention.kind === "YEAR");
  return [
    fact(sentence, "FUNDS", "<bénéficiaire> a reçu N € de <financeur>", {
      from: funder.thing!,
      to: beneficiary.thing!,
      amount: amount.value!,
      ...(years.length === 1 ? { year: years[0]!.value! } : {}),
    }),
  ];
}

function funds(sentence: Sentence, text: string, mentions: Mention[]): SuggestedFact[] {
  const amounts = mentions.filter((mention) => mention.kind === "AMOUNT");
  const folded = foldText(sentence.text);
  if (amounts.length === 1 && receivedFrom.test(folded)) return receivedFunding(sentence, text, mentions, amounts[0]!);
  if (amounts.length !== 1 || !(fundingVerb.test(folded) || /\bsubventions?\s+(?:de|d')/.test(folded))) return [];
  const amount = amounts[0]!;
  const verb = fundingVerb.exec(folded) ?? /\bsubventions?\b/.exec(folded)!;
  const verbAt = sentence.start + verb.index;
  const funder = mentions.filter((mention) => isOrganization(mention) && mention.end <= verbAt).pop();
  if (!funder) return [];
  const afterVerb = mentions.filter(
    (mention) => mention.start > verbAt && isFunded(mention) && mention.thing!.ref !== funder.thing!.ref,
  );
  // "subvention de N € à X": the beneficiary follows the amount, after "à", "au", "en faveur de", "pour".
  const beneficiary =
    afterVerb.find(
      (mention) =>
        mention.start > amount.end &&
        /^\s*(?:a|au|aux|a l'|en faveur (?:de|du|des)|pour|de|du)\s*(?:l'|la |le |les )?$/.test(
          between(text, amount.end, mention.start),
        ),
    ) ?? afterVerb[0];
  if (!beneficiary) return [];
  const years = mentions.filter((mention) => mention.kind === "YEAR");
  return [
    fact(sentence, "FUNDS", "<financeur> finance <bénéficiaire> à hauteur de N €", {
      from: funder.thing!,
      to: beneficiary.thing!,
      amount: amount.value!,
      ...(years.length === 1 ? { year: years[0]!.value! } : {}),
    }),
  ];
}

/** Company names followed by their legal form: "Horlogia SAS", "Mécanique Durand SARL". */
const legalForms = "SASU|SAS|SARL|SA|EURL|SCOP|SCIC|SNC|SE";
const legalForm = new RegExp(
  `((?!(?:${legalForms})\\b)\\p{Lu}[\\p{L}\\d&'’.-]*(?:\\s+(?:(?!(?:${legalForms})\\b)\\p{Lu}[\\p{L}\\d&'’.-]*|de|des|du|&)){0,4})\\s+(${legalForms})\\b`,
  "gu",
);

function newOrganizations(sentence: Sentence, mentions: Mention[]): SuggestedFact[] {
  const found: SuggestedFact[] = [];
  for (const match of sentence.text.matchAll(legalForm)) {
    const name = match[1]!.replace(/^(?:(?:Le|La|Les|L['’]|Une?|Des)\s*)+/u, "").trim();
    const start = sentence.start + match.index + match[0].indexOf(name);
    const end = start + name.length;
    if (name.length < 2) continue;
    const known = mentions.some((mention) => mention.kind === "ENTITY" && mention.start < end && start < mention.end);
    if (!known) found.push(fact(sentence, "NEW_ORGANIZATION", "<nom> SAS|SA|SARL…", { name }));
  }
  return found;
}

function fact(sentence: Sentence, kind: SuggestionKind, pattern: string, rest: Partial<SuggestedFact>): SuggestedFact {
  return { kind, pattern, start: sentence.start, end: sentence.end, quote: sentence.text, ...rest };
}

/** The candidate facts of a text, sentence by sentence, given its mentions (scanMentions). */
export function suggestFacts(text: string, mentions: Mention[]): SuggestedFact[] {
  const suggestions: SuggestedFact[] = [];
  const seen = new Set<string>();
  for (const sentence of sentencesOf(text)) {
    const inside = mentions.filter((mention) => mention.start >= sentence.start && mention.end <= sentence.end);
    for (const suggestion of [
      ...locatedIn(sentence, text, inside),
      ...participatedIn(sentence, text, inside),
      ...funds(sentence, text, inside),
      ...newOrganizations(sentence, inside),
    ]) {
      const key = `${suggestion.kind}|${suggestion.from?.ref ?? suggestion.name}|${suggestion.to?.ref ?? ""}|${suggestion.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      suggestions.push(suggestion);
    }
  }
  return suggestions;
}
