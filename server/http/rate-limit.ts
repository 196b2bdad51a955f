import type { Request, RequestHandler } from "express";
import { ipKeyGenerator, rateLimit } from "express-rate-limit";
import type { Config } from "../config.js";
import type { RequestVerifier } from "../auth/verify-token.js";

/** The window the per-minute limit counts over. */
const windowMs = 60_000;

/**
 * Per-client rate limit of /graphql and /api/*: RATE_LIMIT_PER_MINUTE requests a minute for each
 * signed-in user (its token's subject) or, without a valid token, each client address. Counted in
 * this instance's memory: behind a load balancer each instance allows as many. Over the limit,
 * 429 with Retry-After and a coded JSON error (`RATE_LIMITED`). 0 turns it off.
 */
export function rateLimitMiddleware(config: Pick<Config, "rateLimit">, verifyRequest: RequestVerifier): RequestHandler {
  const { perMinute } = config.rateLimit;
  if (perMinute === 0) return (_req, _res, next) => next();
  return rateLimit({
    windowMs,
    limit: perMinute,
    standardHeaders: "draft-7",
    legacyHeaders: false,
    // A token is only trusted once verified: a forged subject per request would escape the limit.
    keyGenerator: async (req: Request) => {
      const user = await verifyRequest(req).then(
        (verified) => verified?.user.id,
        () => undefined,
      );
      return user ? `user:${user}` : `address:${ipKeyGenerator(req.ip ?? "unknown")}`;
    },
    handler: (req, res) => {
      const resetTime = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const seconds = Math.max(1, Math.ceil(((resetTime?.getTime() ?? Date.now() + windowMs) - Date.now()) / 1_000));
      res.setHeader("Retry-After", String(seconds));
      res.status(429).json({
        errors: [
          {
            message: `Too many requests: at most ${perMinute} a minute from one client; retry in ${seconds} s.`,
            extensions: { code: "RATE_LIMITED", retryAfterSeconds: seconds },
          },
        ],
      });
    },
  });
}
