import type { BenchQuestion } from "./bench-question.js";
import { entityPageQuestion } from "./entity-page.js";
import { firmsAtEventsQuestion } from "./firms-at-events.js";
import { neighbourhoodQuestion } from "./neighbourhood.js";
import { searchQuestion } from "./search.js";
import { shortestPathQuestion } from "./shortest-path.js";

/** The benchmarked questions, the headline first. */
export const benchQuestions: BenchQuestion[] = [
  firmsAtEventsQuestion,
  entityPageQuestion,
  neighbourhoodQuestion,
  shortestPathQuestion,
  searchQuestion,
];
