import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The dashboard: root src/web, built into dist/web, which the server serves on "/". In `vite dev`
// the API (same origin in production) is proxied to the server on 127.0.0.1:8080.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  plugins: [react()],
  worker: { format: "es" },
  build: {
    outDir: fileURLToPath(new URL("../../dist/web", import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    proxy: { "/api": "http://127.0.0.1:8080" },
    fs: { allow: [fileURLToPath(new URL("../..", import.meta.url))] },
  },
});
