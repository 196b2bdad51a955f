/** Logs an unexpected error with its details (stack, Cypher, paths), which stay on the server: the client gets a generic message. */
export function logUnexpectedError(where: string, error: unknown): void {
  console.error(`[maillage] unexpected error in ${where}:`, error);
}
