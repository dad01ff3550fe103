// The report as Markdown, for pasting into a brief: the claims, the strategies, the legal clocks,
// the assumptions with sources, and the reproducibility line. Charts are referred to by file name.
import type { ScenarioResult } from "../core/index.js";
import { claimValueText, driverText } from "./claim-format.js";

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
const pct = (x: number) => `${(100 * x).toFixed(0)} %`;

export function renderMarkdown(r: ScenarioResult, chartNames: string[]): string {
  const out: string[] = [];
  out.push(`# ${r.scenario.name}`, "");
  out.push(
    `As of ${r.scenario.asOf}${r.scenario.deadline ? ` · deadline ${r.scenario.deadline}` : ""} · seed ${r.seed} · ${r.samples} draws · data ${r.dataVersion} · Leverage ${r.appVersion}`,
    "",
  );
  if (r.scenario.description) out.push(r.scenario.description, "");
  out.push(
    "## The claims",
    "",
    "| # | Claim | Verdict | Value | Depends most on (input p5 → p95: value) |",
    "|---|---|---|---|---|",
  );
  r.claims.forEach((c, i) => {
    const drivers =
      c.drivers.map((d) => driverText(c, d)).join("; ") || "no uncertain input moves it";
    out.push(
      `| ${i + 1} | **${cell(c.statement)}** ${cell(c.summary)} | ${c.verdict} | ${cell(claimValueText(c))} | ${cell(drivers)} |`,
    );
  });
  out.push("", "Rules:", "");
  r.claims.forEach((c, i) => {
    out.push(`${i + 1}. ${c.rule}.`);
  });
  out.push("", "## Charts", "", ...chartNames.map((n) => `- ${n} (inline in report.html)`), "");
  out.push(
    "## The strategies compared",
    "",
    "| Strategy | P(deal) | P(deal by date) | Terms (median) | Deal week (median) | P(strike) | US utility |",
    "|---|---|---|---|---|---|---|",
  );
  for (const s of r.strategies)
    out.push(
      `| ${cell(s.name)} | ${pct(s.pDeal)} | ${pct(s.pDealBy)} | ${s.terms ? s.terms.p50.toFixed(2) : "—"} | ${s.dealWeek ? s.dealWeek.p50.toFixed(0) : "—"} | ${pct(s.pStrike)} | ${s.utility.us.toFixed(3)} |`,
    );
  out.push("", "## Legal clocks", "");
  for (const c of r.legal.clocks) {
    out.push(
      `- **${c.label}**: ${c.clock.steps.map((s) => `${s.name} ${s.start} to ${s.end} (${s.days} d)`).join("; ") || "not in force"}`,
    );
  }
  if (r.legal.pastDeadline.length)
    out.push(
      "",
      `Past the deadline ${r.legal.deadline}: ${r.legal.pastDeadline.map((p) => `${p.clock} — ${p.step.name} (+${p.daysPastDeadline} d)`).join("; ")}.`,
    );
  if (r.events.length) {
    out.push("", "## Events", "", "| Date | Event | Confidence | Source |", "|---|---|---|---|");
    for (const e of r.events)
      out.push(`| ${e.date} | ${cell(e.title)} | ${e.confidence} | ${e.source ?? ""} |`);
  }
  out.push(
    "",
    "## Assumptions and sources",
    "",
    "| Clock assumption | Value | Basis |",
    "|---|---|---|",
  );
  for (const a of r.assumptions.breakout)
    out.push(`| ${a.name} | ${cell(a.value)} | ${cell(a.basis)} |`);
  out.push("", "| Scenario input | Value | Judgement | Note and source |", "|---|---|---|---|");
  for (const a of r.assumptions.inputs)
    out.push(
      `| ${a.path} | ${cell(a.value)} | ${a.judgement ? "judgement" : ""} | ${cell([a.note, a.source].filter(Boolean).join(" — "))} |`,
    );
  if (r.warnings.length) out.push("", "## Warnings", "", ...r.warnings.map((w) => `- ${w}`));
  out.push(
    "",
    "## Reproducibility",
    "",
    `Seed ${r.seed}; ${r.samples} draws; ${r.sensitivitySamples} draws per sensitivity run; data version ${r.dataVersion}; Leverage ${r.appVersion}.`,
    "",
  );
  return out.join("\n");
}
