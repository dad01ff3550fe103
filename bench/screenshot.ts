// The README's screenshot of the Clock page: `npm run build`, then
// `node --import tsx bench/screenshot.ts` writes docs/img/clock.png (1280×800, chromium).
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT, skipReason, startHarness } from "../test/e2e/harness.js";

const reason = skipReason();
if (reason) {
  process.stderr.write(`screenshot: cannot run: ${reason}\n`);
  process.exit(2);
}
const h = await startHarness();
try {
  const page = await h.newPage();
  await page.goto(h.url);
  await page.waitForFunction(
    () => performance.getEntriesByName("leverage:history-complete").length > 0,
    undefined,
    {
      timeout: 60_000,
    },
  );
  // Let the last batch of the history paint before the picture is taken.
  await page.waitForTimeout(300);
  mkdirSync(join(ROOT, "docs/img"), { recursive: true });
  const file = join(ROOT, "docs/img/clock.png");
  await page.screenshot({ path: file });
  if (h.errors.length > 0) throw new Error(`the page logged errors: ${h.errors.join("; ")}`);
  process.stdout.write(`Wrote ${file}\n`);
} finally {
  await h.stop();
}
