/** The sizes of the resilience suite, provided by vitest.config.ts. */
export interface ResilienceSettings {
  clients: number;
  seconds: number;
  hostileQueries: number;
}

declare module "vitest" {
  export interface ProvidedContext {
    resilience: ResilienceSettings;
  }
}
