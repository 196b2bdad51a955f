/** The sizes of the security tests, provided by vitest.config.ts (small in `npm test`). */
export interface SecuritySettings {
  /** Nested-list attacks sent at once. */
  attackers: number;
  /** Searches sent one after another while they are refused. */
  probes: number;
}

declare module "vitest" {
  export interface ProvidedContext {
    security: SecuritySettings;
  }
}
