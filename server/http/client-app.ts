import { existsSync } from "node:fs";
import path from "node:path";
import express, { type Router } from "express";
import { projectRoot } from "../config.js";

/** Where `npm run build` puts the React app. */
export const clientDistDir = path.join(projectRoot, "client", "dist");

/** Serves the built client, with index.html for the app's own routes; a clear page when it is not built. */
export function clientAppRouter(distDir = clientDistDir): Router {
  const router = express.Router();
  const indexHtml = path.join(distDir, "index.html");
  router.use(express.static(distDir, { index: false, maxAge: "1h" }));
  router.get(/^\/(?!graphql|health).*/, (_req, res) => {
    if (existsSync(indexHtml)) {
      res.setHeader("Cache-Control", "no-cache");
      res.sendFile(indexHtml);
    } else {
      res
        .status(503)
        .type("text/plain")
        .send("The web app is not built: run `npm run build` (npm start does it for you). The API is at /graphql.");
    }
  });
  return router;
}
