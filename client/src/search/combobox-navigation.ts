// Keyboard movement in a list of suggestions, as the ARIA combobox pattern describes it.

/** The option made active by a key: arrows move and wrap, Home/End jump; -1 means none. */
export function nextActiveOption(active: number, count: number, key: string): number {
  if (count === 0) return -1;
  switch (key) {
    case "ArrowDown":
      return active < 0 || active >= count - 1 ? 0 : active + 1;
    case "ArrowUp":
      return active <= 0 ? count - 1 : active - 1;
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return Math.min(active, count - 1);
  }
}
