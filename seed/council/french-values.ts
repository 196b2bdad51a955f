// French dates, times and amounts as deliberations write them, turned into ISO values and numbers.

const months = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];

/** "jeudi 11 avril 2024" or "1er avril 2024" → "2024-04-11"; undefined when it is not such a date. */
export function frenchLongDate(written: string): string | undefined {
  const match = /(\d{1,2})(?:er)?\s+(\p{L}+)\s+(\d{4})/u.exec(written);
  const month = match?.[2] ? months.indexOf(match[2].toLowerCase()) + 1 : 0;
  if (!match?.[1] || !match[3] || month === 0) return undefined;
  return `${match[3]}-${String(month).padStart(2, "0")}-${match[1].padStart(2, "0")}`;
}

/** "24/04/2024" → "2024-04-24"; undefined when it is not such a date. */
export function frenchNumericDate(written: string): string | undefined {
  const match = /(\d{1,2})\/(\d{1,2})\/(\d{4})/u.exec(written);
  if (!match?.[1] || !match[2] || !match[3]) return undefined;
  return `${match[3]}-${match[2].padStart(2, "0")}-${match[1].padStart(2, "0")}`;
}

/** "18h00" → "18:00". */
export function frenchTime(written: string): string | undefined {
  const match = /(\d{1,2})\s*h\s*(\d{2})?/u.exec(written);
  if (!match?.[1]) return undefined;
  return `${match[1].padStart(2, "0")}:${match[2] ?? "00"}`;
}

/** "214 400" (spaces, no-break spaces as thousands separators; comma decimals) → 214400. */
export function frenchAmount(written: string): number | undefined {
  const digits = written.replace(/[\s\u00a0\u202f.]/gu, "").replace(",", ".");
  return /^\d+(?:\.\d+)?$/u.test(digits) ? Number(digits) : undefined;
}
