import helmet from "helmet";

/**
 * The Content-Security-Policy of every answer: only this server's own scripts, styles, fonts and
 * connections, nothing framed and no framing. What the pages need beyond 'self', measured in
 * Chromium (tests/e2e/security-headers.e2e.test.ts):
 * - `worker-src blob:`: the graph view's ForceAtlas2 layout runs in a worker made from a blob URL
 *   (GraphiQL's Monaco workers are files of their own under /assets);
 * - `style-src 'unsafe-inline'`: Monaco writes <style> elements and React sets style attributes;
 *   scripts stay strictly 'self' (no inline script, no eval);
 * - `img-src data: blob:`: inlined icons, and the graph's PNG export.
 * No `upgrade-insecure-requests`: Maillage is served over plain HTTP on a laptop or a LAN, where it
 * would break every request; TLS is the job of the proxy in front, if any.
 */
const contentSecurityPolicy = {
  "default-src": ["'self'"],
  "base-uri": ["'self'"],
  "script-src": ["'self'"],
  "script-src-attr": ["'none'"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:", "blob:"],
  "font-src": ["'self'", "data:"],
  "connect-src": ["'self'"],
  "worker-src": ["'self'", "blob:"],
  "object-src": ["'none'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
} as const satisfies Record<string, readonly string[]>;

/** helmet's security headers with Maillage's CSP; X-Frame-Options says DENY like frame-ancestors. */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy },
    xFrameOptions: { action: "deny" },
  });
}
