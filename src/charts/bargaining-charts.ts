import type { StrategyResult } from "../core/index.js";
import { bargainingDealByWeekChart } from "./bargaining-deal-by-week.js";
import { bargainingOutcomesChart } from "./bargaining-outcomes.js";
import { bargainingTornadoChart } from "./bargaining-tornado.js";

/** The table command's three charts; the tornado is drawn for strategy `tornadoFor`. */
export function bargainingChartsSvg(
  results: StrategyResult[],
  options: { tornadoFor: string; start?: string },
  document: Document,
): { outcomes: string; tornado: string; dealByWeek: string } {
  const chosen = results.find((r) => r.name === options.tornadoFor) ?? results[0];
  return {
    outcomes: bargainingOutcomesChart(results, {}, document),
    tornado: bargainingTornadoChart(chosen, {}, document),
    dealByWeek: bargainingDealByWeekChart(results, { start: options.start }, document),
  };
}
