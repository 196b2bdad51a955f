// SIREN (9 digits, a company) and SIRET (14 digits, one of its establishments): their length and
// their Luhn key, as INSEE defines them. La Poste's establishments (SIREN 356000000) are the one
// exception INSEE documents: their SIRET digits sum to a multiple of 5 instead.

/** A SIREN or SIRET that is not one, and why. */
export class CompanyNumberError extends Error {
  override name = "CompanyNumberError";
}

/** La Poste's SIREN, whose SIRETs follow the sum-of-digits rule, not Luhn. */
const laPosteSiren = "356000000";

/** True when the digits pass the Luhn check (every second digit from the right doubled). */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/** The problem with a SIREN as written (spaces allowed), or null when it is valid. */
export function sirenProblem(written: string): string | null {
  const siren = written.replace(/\s/g, "");
  if (!/^\d+$/.test(siren)) return `SIREN "${written}" must hold digits only`;
  if (siren.length !== 9) return `SIREN "${written}" must have 9 digits, it has ${siren.length}`;
  if (!passesLuhn(siren)) return `SIREN "${written}" fails its check key (Luhn): a digit is wrong`;
  return null;
}

/** The problem with a SIRET as written (spaces allowed), or null when it is valid. */
export function siretProblem(written: string): string | null {
  const siret = written.replace(/\s/g, "");
  if (!/^\d+$/.test(siret)) return `SIRET "${written}" must hold digits only`;
  if (siret.length !== 14) return `SIRET "${written}" must have 14 digits, it has ${siret.length}`;
  const sirenPart = sirenProblem(siret.slice(0, 9));
  if (sirenPart) return `SIRET "${written}" starts with an invalid SIREN: ${sirenPart}`;
  const valid =
    siret.startsWith(laPosteSiren) && siret !== `${laPosteSiren}00048`
      ? [...siret].reduce((sum, digit) => sum + Number(digit), 0) % 5 === 0
      : passesLuhn(siret);
  if (!valid) return `SIRET "${written}" fails its check key (Luhn): a digit is wrong`;
  return null;
}

/** The SIREN without spaces; throws a CompanyNumberError saying what is wrong. */
export function checkSiren(written: string): string {
  const problem = sirenProblem(written);
  if (problem) throw new CompanyNumberError(problem);
  return written.replace(/\s/g, "");
}

/** The SIRET without spaces; throws a CompanyNumberError saying what is wrong. */
export function checkSiret(written: string): string {
  const problem = siretProblem(written);
  if (problem) throw new CompanyNumberError(problem);
  return written.replace(/\s/g, "");
}

/** The digit that completes `digits` so that the whole passes Luhn (to build valid test numbers). */
export function luhnKey(digits: string): string {
  for (let key = 0; key <= 9; key++) if (passesLuhn(`${digits}${key}`)) return String(key);
  throw new Error("unreachable: one of ten keys always passes");
}
