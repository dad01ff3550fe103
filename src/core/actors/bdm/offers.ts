import type { BdmIssue, BdmSettings } from "./bdm-settings.js";
import { bdmExpectedUtility } from "./expected-utility.js";

/** An offer from `from` to `to`: `to` should move to `position`. */
export interface BdmOffer {
  from: number;
  to: number;
  kind: "confrontation" | "compromise" | "capitulation";
  position: number;
  /** EU of the proposer (EUᵢⱼ) and of the target (EUⱼᵢ). */
  euFrom: number;
  euTo: number;
}

/**
 * The offers of one round (Bueno de Mesquita 1994; Scholz et al. 2011 §3): for each pair with
 * EUᵢⱼ > 0, i offers j either its own position (confrontation, when EUⱼᵢ > 0 but smaller;
 * capitulation, when EUⱼᵢ < 0 and |EUⱼᵢ| ≥ EUᵢⱼ) or a compromise
 * xⱼ + (xᵢ − xⱼ)|EUⱼᵢ/EUᵢⱼ| (when EUⱼᵢ < 0 and |EUⱼᵢ| < EUᵢⱼ).
 */
export function bdmOffers(
  issue: BdmIssue,
  risk: readonly number[],
  mu: number,
  settings: BdmSettings,
): BdmOffer[] {
  const n = issue.position.length;
  const offers: BdmOffer[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const xi = issue.position[i];
      const xj = issue.position[j];
      if (i === j || xi === xj) continue;
      const euIJ = bdmExpectedUtility(issue, i, j, risk[i], mu, settings);
      if (!(euIJ > 0)) continue;
      const euJI = bdmExpectedUtility(issue, j, i, risk[j], mu, settings);
      let offer: BdmOffer | undefined;
      if (euJI > 0) {
        if (euIJ > euJI)
          offer = { from: i, to: j, kind: "confrontation", position: xi, euFrom: euIJ, euTo: euJI };
      } else if (Math.abs(euJI) < euIJ) {
        const position = xj + (xi - xj) * Math.abs(euJI / euIJ);
        offer = { from: i, to: j, kind: "compromise", position, euFrom: euIJ, euTo: euJI };
      } else {
        offer = { from: i, to: j, kind: "capitulation", position: xi, euFrom: euIJ, euTo: euJI };
      }
      if (offer) offers.push(offer);
    }
  }
  return offers;
}

/** The new position of `j` given the offers it received, by the offer rule. */
export function bdmChooseOffer(
  current: number,
  received: readonly BdmOffer[],
  rule: BdmSettings["offerRule"],
): number {
  if (received.length === 0) return current;
  if (rule === "mean") return received.reduce((s, o) => s + o.position, 0) / received.length;
  let best = received[0];
  for (const o of received) {
    const better =
      rule === "closest"
        ? Math.abs(o.position - current) < Math.abs(best.position - current)
        : o.euFrom > best.euFrom;
    if (better) best = o;
  }
  return best.position;
}
