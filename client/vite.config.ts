import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The web app. `npm run build` writes client/dist, which the API server serves at /.
// In development (`npm run dev:client`) Vite proxies the API to the server on port 4000.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true, sourcemap: true },
  server: { proxy: { "/graphql": "http://localhost:4000", "/health": "http://localhost:4000" } },
});
