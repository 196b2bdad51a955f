// The sign-in token, kept in this browser's localStorage so a reload stays signed in.

const storageKey = "maillage.token";

/** The stored token, or null when nobody is signed in here (or storage is unavailable). */
export function storedToken(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

/** Keeps the token for the next requests and visits. */
export function storeToken(token: string): void {
  localStorage.setItem(storageKey, token);
}

/** Forgets the token: the next requests are anonymous. */
export function forgetToken(): void {
  try {
    localStorage.removeItem(storageKey);
  } catch {
    // Storage unavailable: nothing was kept.
  }
}

/** The Authorization header for a token, or none. */
export function bearerHeader(token: string | null = storedToken()): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** fetch with the stored token, for the REST routes (/api/import, /api/deliverables). */
export function fetchWithToken(url: string, init: RequestInit = {}): Promise<Response> {
  return fetch(url, {
    ...init,
    headers: { ...bearerHeader(), ...(init.headers as Record<string, string> | undefined) },
  });
}
