// What a new password must be: long enough, and not one of the common passwords that
// @zxcvbn-ts/language-common ships (about 49,000, from leaked password lists).
import { dictionary } from "@zxcvbn-ts/language-common";

/** The shortest password accepted (NIST SP 800-63B asks for at least 8; we ask for 12). */
export const minimumPasswordLength = 12;

let common: Set<string> | undefined;

/** The common passwords, lower-cased, loaded on first use. */
function commonPasswords(): Set<string> {
  common ??= new Set((dictionary["passwords-common"] as string[]).map((word) => word.toLowerCase()));
  return common;
}

/** Why a password is refused, as a code the client translates; null when it is accepted. */
export type PasswordProblem = "TOO_SHORT" | "TOO_COMMON";

/** Checks a new password against the length and the list of common passwords. */
export function passwordProblem(password: string): PasswordProblem | null {
  if ([...password].length < minimumPasswordLength) return "TOO_SHORT";
  if (commonPasswords().has(password.toLowerCase())) return "TOO_COMMON";
  return null;
}

/** The English message of a password problem (the API's; the app shows its own words). */
export function passwordProblemMessage(problem: PasswordProblem): string {
  return problem === "TOO_SHORT"
    ? `The password must have at least ${minimumPasswordLength} characters.`
    : "This password is one of the most common ones: choose another.";
}
