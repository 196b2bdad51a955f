import type { Request, RequestHandler } from "express";
import { ipKeyGenerator, rateLimit } from "express-rate-limit";
import type { Config } from "../config.js";
import { normalizeEmail } from "./account-store.js";

/** The window sign-in attempts are counted over. */
const windowMs = 15 * 60_000;

/** A 429 RATE_LIMITED answer that says whose attempts are counted and when to retry. */
function limited(whose: string): RequestHandler {
  return (req, res) => {
    const resetTime = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
    const seconds = Math.max(1, Math.ceil(((resetTime?.getTime() ?? Date.now() + windowMs) - Date.now()) / 1_000));
    res.setHeader("Retry-After", String(seconds));
    res.status(429).json({
      errors: [
        {
          message: `Too many failed sign-in attempts ${whose}: try again in ${Math.ceil(seconds / 60)} min.`,
          extensions: { code: "RATE_LIMITED", retryAfterSeconds: seconds },
        },
      ],
    });
  };
}

/**
 * Limits on failed sign-ins (successful ones are not counted): per client address, and per
 * e-mail address whoever tries it. Counted in this instance's memory, like the request rate limit.
 */
export function signInLimits(accounts: Config["accounts"]): RequestHandler[] {
  return [
    rateLimit({
      windowMs,
      limit: accounts.signInAttemptsPerAddress,
      skipSuccessfulRequests: true,
      standardHeaders: "draft-7",
      legacyHeaders: false,
      keyGenerator: (req) => `address:${ipKeyGenerator(req.ip ?? "unknown")}`,
      handler: limited("from this address"),
    }),
    rateLimit({
      windowMs,
      limit: accounts.signInAttemptsPerAccount,
      skipSuccessfulRequests: true,
      standardHeaders: "draft-7",
      legacyHeaders: false,
      keyGenerator: (req) => {
        const email = (req.body as { email?: unknown } | undefined)?.email;
        return `account:${(typeof email === "string" && normalizeEmail(email)) || "none"}`;
      },
      handler: limited("for this account"),
    }),
  ];
}
