// Sign-in with an organisation's OpenID Connect provider, under /api/auth/oidc/ (browser redirects):
//   GET /            {enabled, label}: whether the sign-in page shows « Se connecter avec … »
//   GET /start?next  redirects to the provider (authorization code + PKCE S256, state and nonce)
//   GET /callback    checks the answer with openid-client (issuer, audience, signature, state,
//                    nonce, PKCE), then opens the same server-side session as a password sign-in
// The state, nonce, PKCE verifier and the page to return to travel in a short-lived HttpOnly cookie.
// Who gets in: with OIDC_ROLE_CLAIM, the role that claim maps to (an unknown person gets an account
// with it, audited; no mapped value, no entry); without it, the account with the same e-mail address.
import { Router, type CookieOptions, type Request, type Response } from "express";
import * as oidc from "openid-client";
import type { Config } from "../config.js";
import { writeTransaction, type GraphDatabase } from "../../graph/graph-database.js";
import { recordChange } from "../editing/audit-trail.js";
import { requestCookie } from "../auth/verify-token.js";
import { createAccount, findAccountByEmail, normalizeEmail, updateAccount } from "./account-store.js";
import { createSession, sessionCookieName } from "./sessions.js";
import { safeNextPath } from "../../graph/next-path.js";
import { mappedRole } from "./oidc-role.js";

type OidcConfig = NonNullable<Config["oidc"]>;

/** Why an OIDC sign-in did not open a session: the sign-in page's `reason` parameter. */
export type OidcRefusal = "oidc-failed" | "oidc-refused" | "oidc-suspended";

/** The scopes asked for: the e-mail address names the account. */
const scope = "openid email profile";
/** How long a person may take at the provider. */
const flowMinutes = 10;

/** The provider's metadata, discovered once (again after a failure); its issuer must be the configured one. */
function discoverer(settings: OidcConfig, env: Config["env"]): () => Promise<oidc.Configuration> {
  let discovered: Promise<oidc.Configuration> | undefined;
  return () => {
    discovered ??= oidc
      .discovery(new URL(settings.issuerUrl), settings.clientId, settings.clientSecret, undefined, {
        // Plain HTTP only for a provider on this machine outside production (development, the tests).
        execute:
          new URL(settings.issuerUrl).protocol === "http:" && env !== "production" ? [oidc.allowInsecureRequests] : [],
      })
      .catch((error: unknown) => {
        discovered = undefined;
        throw error;
      });
    return discovered;
  };
}

/** What the flow cookie carries between /start and /callback. */
interface Flow {
  state: string;
  nonce: string;
  verifier: string;
  next: string;
}

function readFlow(req: Request, name: string): Flow | undefined {
  const raw = requestCookie(req, name);
  if (!raw) return undefined;
  try {
    const flow = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as Partial<Flow>;
    return typeof flow.state === "string" && typeof flow.nonce === "string" && typeof flow.verifier === "string"
      ? { state: flow.state, nonce: flow.nonce, verifier: flow.verifier, next: safeNextPath(flow.next ?? null) }
      : undefined;
  } catch {
    return undefined;
  }
}

/** The OpenID Connect routes, to mount at /api/auth/oidc (before the other auth routes). */
export function oidcRoutes(
  graph: GraphDatabase,
  config: Pick<Config, "env" | "accounts"> & Partial<Pick<Config, "oidc">>,
): Router {
  const router = Router();
  const settings = config.oidc;
  router.get("/", (_req, res) => {
    res.json(settings ? { enabled: true, label: settings.label } : { enabled: false, label: null });
  });
  if (!settings) return router;

  const discover = discoverer(settings, config.env);
  const cookieOptions: CookieOptions = {
    httpOnly: true,
    sameSite: "lax",
    secure: config.accounts.secureCookie,
    path: "/",
  };
  const flowCookie = config.accounts.secureCookie ? "__Host-maillage-oidc" : "maillage-oidc";
  const refuse = (res: Response, reason: OidcRefusal) => {
    res.clearCookie(flowCookie, cookieOptions);
    res.redirect(303, `/sign-in?reason=${reason}`);
  };

  router.get("/start", async (req, res) => {
    try {
      const provider = await discover();
      const flow: Flow = {
        state: oidc.randomState(),
        nonce: oidc.randomNonce(),
        verifier: oidc.randomPKCECodeVerifier(),
        next: safeNextPath(typeof req.query.next === "string" ? req.query.next : null),
      };
      const url = oidc.buildAuthorizationUrl(provider, {
        redirect_uri: settings.redirectUrl,
        scope,
        code_challenge: await oidc.calculatePKCECodeChallenge(flow.verifier),
        code_challenge_method: "S256",
        state: flow.state,
        nonce: flow.nonce,
      });
      res.cookie(flowCookie, Buffer.from(JSON.stringify(flow)).toString("base64url"), {
        ...cookieOptions,
        maxAge: flowMinutes * 60_000,
      });
      res.redirect(303, url.href);
    } catch (error) {
      console.error("OpenID Connect: cannot start a sign-in:", error);
      refuse(res, "oidc-failed");
    }
  });

  router.get("/callback", async (req, res) => {
    const flow = readFlow(req, flowCookie);
    if (!flow) {
      refuse(res, "oidc-failed");
      return;
    }
    let claims: oidc.IDToken;
    try {
      const provider = await discover();
      // The URL the provider redirected to, as configured (a proxy in front may change the host seen here).
      const current = new URL(settings.redirectUrl);
      current.search = new URL(req.originalUrl, "http://callback").search;
      const tokens = await oidc.authorizationCodeGrant(provider, current, {
        pkceCodeVerifier: flow.verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims()!;
    } catch (error) {
      console.error("OpenID Connect: sign-in refused:", error instanceof Error ? error.message : error);
      refuse(res, "oidc-failed");
      return;
    }
    try {
      const outcome = await signInWithClaims(graph, settings, config.accounts, claims);
      if (typeof outcome !== "object") {
        refuse(res, outcome);
        return;
      }
      res.clearCookie(flowCookie, cookieOptions);
      res.cookie(sessionCookieName(config.accounts), outcome.secret, {
        ...cookieOptions,
        maxAge: config.accounts.sessionMaxHours * 3_600_000,
      });
      res.redirect(303, flow.next);
    } catch (error) {
      console.error("OpenID Connect: cannot open a session:", error);
      refuse(res, "oidc-failed");
    }
  });
  return router;
}

/**
 * Opens a session for the person the verified ID token names, or says why not: no usable e-mail
 * address, no mapped role, no account (role from the account), a suspended account.
 */
async function signInWithClaims(
  graph: GraphDatabase,
  settings: OidcConfig,
  accounts: Config["accounts"],
  claims: oidc.IDToken,
): Promise<{ secret: string } | OidcRefusal> {
  const email = typeof claims.email === "string" ? normalizeEmail(claims.email) : null;
  if (!email || claims.email_verified === false) return "oidc-refused";
  const by = `oidc:${settings.issuerUrl}`;
  const role = settings.roleClaim ? mappedRole(claims[settings.roleClaim], settings.roleMap) : undefined;
  if (settings.roleClaim && !role) return "oidc-refused";
  return writeTransaction(graph, async (tx) => {
    const found = await findAccountByEmail(tx, email);
    let account = found?.account;
    if (!account) {
      if (!role) return "oidc-refused";
      const name = typeof claims.name === "string" && claims.name.trim() ? claims.name.trim() : email;
      const created = await createAccount(tx, { email, name, role, status: "ACTIVE" });
      if (created === "exists") return "oidc-refused";
      account = created;
      await recordChange(tx, {
        by,
        action: "CREATE_ACCOUNT",
        entity: `Account:${email}`,
        why: `first sign-in through OpenID Connect (${settings.roleClaim} gives ${role})`,
        after: { email, name, role },
        touches: [],
      });
    } else if (account.status === "SUSPENDED") {
      return "oidc-suspended";
    } else if (role && role !== account.role) {
      await updateAccount(tx, account.id, { role });
      await recordChange(tx, {
        by,
        action: "CHANGE_ACCOUNT_ROLE",
        entity: `Account:${email}`,
        why: `OpenID Connect sign-in (${settings.roleClaim} gives ${role})`,
        before: { role: account.role },
        after: { role },
        touches: [],
      });
    }
    // The provider has proved the address: an invited account becomes active.
    await updateAccount(tx, account.id, {
      lastSignInAt: new Date().toISOString(),
      ...(account.status === "INVITED" ? { status: "ACTIVE" as const } : {}),
    });
    return { secret: await createSession(tx, account.id, accounts) };
  });
}
