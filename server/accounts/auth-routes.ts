// The sign-in routes under /api/auth/ (JSON bodies; each needs the X-Maillage-CSRF header):
//   POST sign-in {email, password}         opens a session (cookie); the same refusal for an unknown
//                                           e-mail and a wrong password
//   POST sign-out                           ends this session
//   POST sign-out-everywhere                ends every session of the signed-in account
//   POST set-password {token, password}     uses an invitation or reset link, then signs in
//   POST test-session (NODE_ENV=test only)  a session for the user of a bearer token (tests' signInWith)
import express, { Router, type CookieOptions, type Response } from "express";
import type { Config } from "../config.js";
import { writeTransaction, type GraphDatabase } from "../../graph/graph-database.js";
import { sendError, sendUnexpectedError } from "../http/send-error.js";
import type { RequestVerifier } from "../auth/verify-token.js";
import { requestCookie } from "../auth/verify-token.js";
import { findAccountByEmail, normalizeEmail, updateAccount, useSetupLink } from "./account-store.js";
import { decoyHash, hashPassword, verifyPassword } from "./password-hash.js";
import { passwordProblem, passwordProblemMessage } from "./password-policy.js";
import { createSession, createTokenSession, endAccountSessions, endSession, sessionCookieName } from "./sessions.js";
import { signInLimits } from "./sign-in-limits.js";

/** The one answer to a refused sign-in, whether the e-mail is unknown or the password wrong. */
export const signInRefusal = "Unknown e-mail address or wrong password.";

/** The text of a JSON body's field, or "" when absent. */
function field(body: unknown, name: string): string {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  return typeof value === "string" ? value : "";
}

/** The sign-in routes, to mount at /api/auth. */
export function authRoutes(
  graph: GraphDatabase,
  config: Pick<Config, "env" | "accounts">,
  verifyRequest: RequestVerifier,
): Router {
  const router = Router();
  const cookieName = sessionCookieName(config.accounts);
  const cookieOptions: CookieOptions = {
    httpOnly: true,
    sameSite: "lax",
    secure: config.accounts.secureCookie,
    path: "/",
  };
  const setSessionCookie = (res: Response, secret: string) =>
    res.cookie(cookieName, secret, { ...cookieOptions, maxAge: config.accounts.sessionMaxHours * 3_600_000 });
  const clearSessionCookie = (res: Response) => res.clearCookie(cookieName, cookieOptions);

  router.use(express.json({ limit: "10kb" }));

  router.post("/sign-in", ...signInLimits(config.accounts), async (req, res) => {
    try {
      const email = normalizeEmail(field(req.body, "email"));
      const password = field(req.body, "password");
      const found = email ? await writeTransaction(graph, (tx) => findAccountByEmail(tx, email)) : undefined;
      // An unknown e-mail costs the same hash as a known one: the time taken tells nothing either.
      const valid = await verifyPassword(password, found?.passwordHash ?? decoyHash);
      if (!found || !found.passwordHash || !valid) {
        sendError(res, "UNAUTHENTICATED", signInRefusal);
        return;
      }
      if (found.account.status === "SUSPENDED") {
        sendError(res, "FORBIDDEN", "This account is suspended: ask an administrator.");
        return;
      }
      const secret = await writeTransaction(graph, async (tx) => {
        await updateAccount(tx, found.account.id, { lastSignInAt: new Date().toISOString() });
        return createSession(tx, found.account.id, config.accounts);
      });
      setSessionCookie(res, secret);
      res.json({ email: found.account.email, name: found.account.name, role: found.account.role });
    } catch (error) {
      sendUnexpectedError(res, error, "signing in");
    }
  });

  router.post("/sign-out", async (req, res) => {
    try {
      const secret = requestCookie(req, cookieName);
      if (secret) await endSession(graph, secret);
      clearSessionCookie(res);
      res.status(204).end();
    } catch (error) {
      sendUnexpectedError(res, error, "signing out");
    }
  });

  router.post("/sign-out-everywhere", async (req, res) => {
    try {
      const verified = await verifyRequest(req).catch(() => undefined);
      if (verified?.via !== "session") {
        sendError(res, "UNAUTHENTICATED", "Sign in first: only a signed-in person can sign out everywhere.");
        return;
      }
      const ended = await writeTransaction(graph, async (tx) => {
        const found = await findAccountByEmail(tx, verified.user.id);
        return found ? endAccountSessions(tx, found.account.id) : 0;
      });
      clearSessionCookie(res);
      res.json({ ended });
    } catch (error) {
      sendUnexpectedError(res, error, "signing out everywhere");
    }
  });

  router.post("/set-password", ...signInLimits(config.accounts).slice(0, 1), async (req, res) => {
    try {
      const password = field(req.body, "password");
      const problem = passwordProblem(password);
      if (problem) {
        res.status(400).json({
          errors: [{ message: passwordProblemMessage(problem), extensions: { code: "BAD_USER_INPUT", problem } }],
        });
        return;
      }
      const passwordHash = await hashPassword(password);
      const outcome = await writeTransaction(graph, async (tx) => {
        const account = await useSetupLink(tx, field(req.body, "token"), passwordHash);
        if (!account) return undefined;
        // A new password ends the sessions opened with the old one.
        await endAccountSessions(tx, account.id);
        if (account.status !== "ACTIVE") return { account, secret: undefined };
        await updateAccount(tx, account.id, { lastSignInAt: new Date().toISOString() });
        return { account, secret: await createSession(tx, account.id, config.accounts) };
      });
      if (!outcome) {
        sendError(res, "BAD_USER_INPUT", "This link is no longer valid: ask an administrator for a new one.");
        return;
      }
      if (outcome.secret) setSessionCookie(res, outcome.secret);
      res.json({ email: outcome.account.email, name: outcome.account.name, role: outcome.account.role });
    } catch (error) {
      sendUnexpectedError(res, error, "setting a password");
    }
  });

  if (config.env === "test") {
    router.post("/test-session", async (req, res) => {
      try {
        const verified = await verifyRequest(req).catch(() => undefined);
        if (!verified || verified.via === "session") {
          sendError(res, "UNAUTHENTICATED", "Send a valid bearer token to open a test session.");
          return;
        }
        setSessionCookie(res, await createTokenSession(graph, verified.user, config.accounts));
        res.status(204).end();
      } catch (error) {
        sendUnexpectedError(res, error, "opening a test session");
      }
    });
  }
  return router;
}
