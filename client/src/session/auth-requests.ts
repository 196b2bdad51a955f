// Requests that ride on the session cookie: the sign-in routes (/api/auth/*) and the REST routes
// (/api/import, /api/deliverables). The cookie is HttpOnly: page scripts never see it; each
// state-changing request carries the CSRF header the server requires.

/** The header the server requires on a state-changing request the cookie authorises (server/http/csrf.ts). */
export const csrfHeaders = { "x-maillage-csrf": "1" };

/** fetch on this origin with the session cookie, adding the CSRF header to anything but GET and HEAD. */
export function fetchWithSession(url: string, init: RequestInit = {}): Promise<Response> {
  const method = (init.method ?? "GET").toUpperCase();
  return fetch(url, {
    ...init,
    credentials: "same-origin",
    headers: {
      ...(method === "GET" || method === "HEAD" ? {} : csrfHeaders),
      ...(init.headers as Record<string, string> | undefined),
    },
  });
}

/** The former name of fetchWithSession, kept for the features that call it. */
export const fetchWithToken = fetchWithSession;

/** An /api/auth/* answer: its status, the first error's message and extensions, and its data. */
export interface AuthAnswer {
  status: number;
  data: Record<string, unknown> | null;
  error: { message: string; code: string | undefined; problem: string | undefined; retryAfterSeconds: number } | null;
}

/** POSTs JSON to /api/auth/<route>. */
export async function postAuth(route: string, body: unknown = {}): Promise<AuthAnswer> {
  const response = await fetchWithSession(`/api/auth/${route}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  const json = text ? (JSON.parse(text) as Record<string, unknown>) : null;
  const first = (json?.errors as Array<{ message: string; extensions?: Record<string, unknown> }> | undefined)?.[0];
  return {
    status: response.status,
    data: first ? null : json,
    error: first
      ? {
          message: first.message,
          code: first.extensions?.code as string | undefined,
          problem: first.extensions?.problem as string | undefined,
          retryAfterSeconds: Number(first.extensions?.retryAfterSeconds ?? 0),
        }
      : null,
  };
}
