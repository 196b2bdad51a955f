/** Compares names in French alphabetical order (accents after their letter); one collator, reused. */
export const frenchOrder = new Intl.Collator("fr").compare;
