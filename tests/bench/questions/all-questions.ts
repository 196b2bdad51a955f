import type { BenchQuestion } from "./bench-question.js";
import { entityPageQuestion } from "./entity-page.js";
import { firmsAtEventsQuestion } from "./firms-at-events.js";
import { firmsAtEventsPageQuestion } from "./firms-at-events-page.js";
import { neighbourhoodQuestion } from "./neighbourhood.js";
import { searchQuestion } from "./search.js";
import { shortestPathQuestion } from "./shortest-path.js";

/** The benchmarked questions, the headline first (whole, then its paged form's first page). */
export const benchQuestions: BenchQuestion[] = [
  firmsAtEventsQuestion,
  firmsAtEventsPageQuestion,
  entityPageQuestion,
  neighbourhoodQuestion,
  shortestPathQuestion,
  searchQuestion,
];
