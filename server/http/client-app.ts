import { existsSync } from "node:fs";
import path from "node:path";
import express, { type RequestHandler, type Router } from "express";
import expressStaticGzip from "express-static-gzip";
import { projectRoot } from "../config.js";

/** Where `npm run build` puts the React app. */
export const clientDistDir = path.join(projectRoot, "client", "dist");

/** Serves the built client: GraphiQL at /graphiql, the app's files, and index.html for the app's own
 *  routes; a clear page when it is not built. Files are sent as their Brotli or gzip copy made by the
 *  build (client/vite.config.ts) when the browser accepts it; the copies are listed when the router is
 *  made, so a build made while the server runs is sent uncompressed until it restarts. */
export function clientAppRouter(distDir = clientDistDir): Router {
  const router = express.Router();
  router.get("/graphiql", sendPage(path.join(distDir, "graphiql", "index.html")));
  // Vite names every file under /assets by a hash of its content: a new build makes new names, so
  // browsers may keep these for a year without asking. A missing one is a 404, never index.html.
  router.use(
    "/assets",
    precompressed(path.join(distDir, "assets"), { index: false, immutable: true, maxAge: "1y", fallthrough: false }),
  );
  router.use(precompressed(distDir, { index: false, maxAge: "1h" }));
  router.get(/^\/(?!graphql|health|ready|api\/).*/, sendPage(path.join(distDir, "index.html")));
  return router;
}

/** Static files of `dir`, each as its `.br` or `.gz` copy when there is one and the browser takes it
 *  (Brotli first: smaller), with `Vary: Accept-Encoding`. */
function precompressed(
  dir: string,
  serveStatic: NonNullable<expressStaticGzip.ExpressStaticGzipOptions["serveStatic"]>,
) {
  return expressStaticGzip(dir, { enableBrotli: true, orderPreference: ["br", "gzip"], index: false, serveStatic });
}

/** Sends a built HTML page, never cached so a new build shows at once. */
function sendPage(htmlFile: string): RequestHandler {
  return (_req, res) => {
    if (existsSync(htmlFile)) {
      res.setHeader("Cache-Control", "no-cache");
      res.sendFile(htmlFile);
    } else {
      res
        .status(503)
        .type("text/plain")
        .send("The web app is not built: run `npm run build` (npm start does it for you). The API is at /graphql.");
    }
  };
}
