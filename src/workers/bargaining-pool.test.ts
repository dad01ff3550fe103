import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseTableConfig } from "../app/table/table-config.js";
import { inProcessExecutor, runBargainingTable } from "../core/index.js";
import { createBargainingPool } from "./bargaining-pool.js";

const loaded = parseTableConfig(readFileSync("scenarios/vienna-2021-table.yaml", "utf8"), "vienna");
if (!loaded.ok) throw new Error(loaded.errors.join("\n"));
const config = loaded.config;
const options = { samples: 1_200, seed: 20211129, tornadoSamples: 0, chunkSize: 100 };

describe("createBargainingPool(threads)", () => {
  it("gives byte-identical results with 1, 2 and 4 threads and in this thread", async () => {
    const reference = JSON.stringify(await runBargainingTable(config, options, inProcessExecutor));
    for (const threads of [1, 2, 4]) {
      const pool = createBargainingPool(threads);
      try {
        expect(JSON.stringify(await runBargainingTable(config, options, pool.execute))).toBe(
          reference,
        );
      } finally {
        await pool.close();
      }
    }
  }, 60_000);
});
