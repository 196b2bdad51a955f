// The analyst questions of the gallery, in the order the home page shows them: the headline first.

/** A question of the gallery: where it is asked and the keys of its texts under `questions.`. */
export interface GalleryQuestion {
  id: "firmsAtEvents" | "programmeFunding" | "eventParticipation" | "membersByCommune" | "connections";
  /** The question's view, with its default parameters (the current programme is the server's). */
  path: string;
  /** A short glyph for the card. */
  icon: string;
}

export const galleryQuestions: readonly GalleryQuestion[] = [
  { id: "firmsAtEvents", path: "/questions/firms-at-events?market=ASD", icon: "✈" },
  { id: "programmeFunding", path: "/questions/programme-funding", icon: "€" },
  { id: "eventParticipation", path: "/questions/event-participation?year=2024", icon: "◎" },
  { id: "membersByCommune", path: "/questions/members-by-commune?organization=pmt", icon: "⌂" },
  { id: "connections", path: "/paths?from=Organization%3Afemto-st&to=Event%3Aparis-space-week-2024", icon: "⇄" },
];
