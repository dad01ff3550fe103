// The report as one self-contained HTML page: the claims first, then the charts (inline SVG), the
// strategies, the legal clocks and events, the full assumption table with sources, and the seed,
// data version and app version. Inline CSS, print-friendly, no scripts or external files.
import type { ScenarioResult } from "../core/index.js";
import { claimValueText, driverText, verdictClass } from "./claim-format.js";
import { escapeHtml as h } from "./html-escape.js";

const CSS = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#222;max-width:1000px;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2.2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
.meta{color:#555;font-size:.9rem}table{border-collapse:collapse;width:100%;margin:.6rem 0;font-size:.9rem}
th,td{border-bottom:1px solid #e3e3e3;padding:.35rem .45rem;text-align:left;vertical-align:top}th{background:#f6f6f6}
.badge{display:inline-block;padding:.1rem .5rem;border-radius:.8rem;font-weight:600;font-size:.8rem;white-space:nowrap}
.holds{background:#d8efd9;color:#1d5e24}.weak{background:#fff1c7;color:#6b5200}.fails{background:#f8d7d5;color:#8a1f17}
.judgement{background:#e4e6f5;color:#2f3a7a}.unknown{background:#eee;color:#555}
.value{font-variant-numeric:tabular-nums;white-space:nowrap;font-weight:600}.small{color:#666;font-size:.82rem}
figure{margin:1.2rem 0;page-break-inside:avoid}figure svg{max-width:100%;height:auto}ul{margin:.2rem 0;padding-left:1.1rem}
tr{page-break-inside:avoid}.j{color:#2f3a7a;font-weight:600}
@media print{body{margin:0;max-width:none;font-size:11pt}h2{page-break-after:avoid}a{color:inherit;text-decoration:none}}
`;

const link = (url: string | undefined) =>
  url ? (/^https?:\/\//.test(url) ? `<a href="${h(url)}">${h(url)}</a>` : h(url)) : "";
const pct = (x: number) => `${(100 * x).toFixed(0)} %`;

function claimsTable(r: ScenarioResult): string {
  const rows = r.claims.map((c, i) => {
    const drivers = c.drivers.length
      ? `<ul>${c.drivers.map((d) => `<li>${h(driverText(c, d))}</li>`).join("")}</ul>`
      : `<span class="small">no uncertain input moves it</span>`;
    return `<tr><td>${i + 1}</td><td><strong>${h(c.statement)}</strong><div class="small">${h(c.summary)}</div><div class="small">Rule: ${h(c.rule)}</div>${c.note ? `<div class="small">Note: ${h(c.note)}</div>` : ""}</td><td><span class="badge ${verdictClass(c.verdict)}">${h(c.verdict)}</span></td><td class="value">${h(claimValueText(c))}</td><td>${drivers}</td></tr>`;
  });
  return `<table><thead><tr><th>#</th><th>Claim and what the model finds</th><th>Verdict</th><th>Value</th><th>Depends most on (input p5 → p95: value)</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function strategiesTable(r: ScenarioResult): string {
  const rows = r.strategies.map(
    (s) =>
      `<tr><td>${h(s.name)}</td><td>${pct(s.pDeal)}</td><td>${pct(s.pDealBy)}</td><td>${s.terms ? s.terms.p50.toFixed(2) : "—"}</td><td>${s.dealWeek ? s.dealWeek.p50.toFixed(0) : "—"}</td><td>${pct(s.pStrike)}</td><td>${s.utility.us.toFixed(3)}</td><td>${s.utility.iran.toFixed(3)}</td></tr>`,
  );
  return `<table><thead><tr><th>Strategy</th><th>P(deal)</th><th>P(deal by week ${r.strategies[0]?.dealByWeek ?? ""})</th><th>Terms (US share, median)</th><th>Deal week (median)</th><th>P(strike)</th><th>US utility</th><th>Iran utility</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function clocksSection(r: ScenarioResult): string {
  const clocks = r.legal.clocks
    .map((c) => {
      const steps = c.clock.steps
        .map((s) => `<li>${h(s.name)}: ${s.start} to ${s.end} (${s.days} days) — ${h(s.rule)}</li>`)
        .join("");
      return `<h3>${h(c.label)}</h3>${c.note ? `<p class="small">${h(c.note)}</p>` : ""}<ul>${steps || "<li>no steps (the option is not in force)</li>"}</ul>`;
    })
    .join("");
  const past = r.legal.pastDeadline.length
    ? `<p>Past the deadline ${r.legal.deadline}: ${r.legal.pastDeadline.map((p) => `${h(p.clock)} — ${h(p.step.name)} (+${p.daysPastDeadline} days)`).join("; ")}.</p>`
    : "";
  const sunsets = r.legal.sunsetsAtAsOf
    .map(
      (s) =>
        `<tr><td>${h(s.limit)}</td><td>${s.inForce ? "in force" : "not in force"}</td><td>${s.liftedOn}</td></tr>`,
    )
    .join("");
  const milestones = r.legal.milestones.map((m) => `${h(m.name)} ${m.date}`).join(" · ");
  return `${clocks}${past}<p class="small">JCPOA milestones: ${milestones}.</p><table><thead><tr><th>Annex I limit on ${r.scenario.asOf}</th><th>Status (text of the deal)</th><th>Lifted on</th></tr></thead><tbody>${sunsets}</tbody></table>`;
}

function eventsTable(r: ScenarioResult): string {
  if (r.events.length === 0) return "<p>No events pinned.</p>";
  const rows = r.events.map(
    (e) =>
      `<tr><td>${e.date}</td><td>${h(e.title)}${e.note ? `<div class="small">${h(e.note)}</div>` : ""}</td><td>${e.confidence}</td><td class="small">${link(e.source)}</td></tr>`,
  );
  return `<table><thead><tr><th>Date</th><th>Event</th><th>Confidence</th><th>Source</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function assumptionsSection(r: ScenarioResult): string {
  const clock = r.assumptions.breakout
    .map(
      (a) =>
        `<tr><td>${h(a.name)}</td><td>${h(a.value)}</td><td class="small">${h(a.basis)}</td></tr>`,
    )
    .join("");
  const inputs = r.assumptions.inputs
    .map(
      (a) =>
        `<tr><td>${h(a.path)}</td><td>${h(a.value)}</td><td>${a.judgement ? '<span class="j">judgement</span>' : ""}</td><td class="small">${h(a.note ?? "")}${a.source ? `<br>${link(a.source)}` : ""}</td></tr>`,
    )
    .join("");
  return `<h3>The clock</h3><table><thead><tr><th>Assumption</th><th>Value</th><th>Basis</th></tr></thead><tbody>${clock}</tbody></table>
<h3>The scenario's inputs, as written</h3><p class="small">Every input of the scenario file. Those marked “judgement” are analyst judgements, not data: change the line and run again.</p>
<table><thead><tr><th>Field</th><th>Value</th><th></th><th>Note and source</th></tr></thead><tbody>${inputs}</tbody></table>`;
}

/** The whole report; `charts` are the SVGs by name (report-charts.ts). */
export function renderHtml(r: ScenarioResult, charts: Record<string, string>): string {
  const tally = (v: string) => r.claims.filter((c) => c.verdict === v).length;
  const figures = Object.entries(charts)
    .map(([name, svg]) => `<figure id="chart-${h(name)}">${svg}</figure>`)
    .join("\n");
  const warnings = r.warnings.length
    ? `<h2>Warnings</h2><ul>${r.warnings.map((w) => `<li>${h(w)}</li>`).join("")}</ul>`
    : "";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(r.scenario.name)} — Leverage report</title><style>${CSS}</style></head>
<body>
<h1>${h(r.scenario.name)}</h1>
<p class="meta">As of ${r.scenario.asOf}${r.scenario.deadline ? ` · deadline ${r.scenario.deadline}` : ""} · ${r.samples} draws per Monte Carlo, seed ${r.seed} · data ${h(r.dataVersion)} · Leverage ${h(r.appVersion)}</p>
${r.scenario.description ? `<p>${h(r.scenario.description)}</p>` : ""}
<h2>The claims</h2>
<p>${r.claims.length} claims checked: ${tally("holds")} hold, ${tally("holds weakly")} hold weakly, ${tally("does not hold")} do not hold, ${tally("judgement input")} are judgement inputs${tally("cannot tell") ? `, ${tally("cannot tell")} cannot be told` : ""}. Each verdict holds under the scenario's stated assumptions; the last column shows the inputs that move it most, each pinned at its 5th and 95th percentile (one at a time, ${r.sensitivitySamples} draws each).</p>
${claimsTable(r)}
<h2>Charts</h2>
${figures}
<h2>The strategies compared</h2>
${strategiesTable(r)}
<p class="small">Terms are the US share of a pie of 1; utilities are expected discounted payoffs in the same units (docs/bargaining.md).</p>
<h2>Legal clocks</h2>
${clocksSection(r)}
<h2>Events</h2>
${eventsTable(r)}
<h2>Assumptions and sources</h2>
${assumptionsSection(r)}
${warnings}
<h2>Reproducibility</h2>
<p>Seed ${r.seed}; ${r.samples} draws per strategy and for the clock; ${r.sensitivitySamples} draws per sensitivity run; data version ${h(r.dataVersion)}; Leverage ${h(r.appVersion)}. The same scenario file, seed and data give the same result.json, byte for byte.</p>
</body></html>
`;
}
