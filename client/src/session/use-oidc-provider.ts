import { useEffect, useState } from "react";

/** The organisation's OpenID Connect provider as the server offers it (GET /api/auth/oidc), or null when off. */
export function useOidcProvider(): { label: string } | null {
  const [provider, setProvider] = useState<{ label: string } | null>(null);
  useEffect(() => {
    let current = true;
    fetch("/api/auth/oidc", { credentials: "same-origin" })
      .then((response) =>
        response.ok ? (response.json() as Promise<{ enabled: boolean; label: string | null }>) : null,
      )
      .then((answer) => {
        if (current && answer?.enabled && answer.label) setProvider({ label: answer.label });
      })
      // Without an answer the page offers the password form alone.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);
  return provider;
}
