// The one public barrel of the pure core. Edges (cli, server, web, workers, report, data) import
// from here, never from deep paths.
export * from "./actors/index.js";
export * from "./bargaining/index.js";
export * from "./breakout/index.js";
export * from "./calendar/index.js";
export * from "./enrichment/index.js";
export * from "./program/index.js";
export * from "./rng.js";
export * from "./scenario/index.js";
export * from "./uncertain/index.js";
