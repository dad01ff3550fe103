import type { SmpSettings } from "./smp-settings.js";

/** Actor k's vote w·f(uᵢ − uⱼ) for option i over j (KTAB `Model::vote`). */
export function vote(rule: SmpSettings["votingRule"], w: number, ui: number, uj: number): number {
  const du = ui - uj;
  switch (rule) {
    case "Proportional":
      return w * du;
    case "Binary":
      return w * Math.sign(du);
    case "PropBin":
      return (w * (du + Math.sign(du))) / 2;
    case "Cubic":
      return w * du * du * du;
    case "PropCbc":
      return (w * (du + du * du * du)) / 2;
    case "ASymProsp":
      // Prospect theory's loss aversion: a loss weighs twice a gain of the same size.
      return du >= 0 ? w * du : 2 * w * du;
  }
}

/** P(i beats j) from coalition strengths cᵢ, cⱼ > 0 (KTAB `Model::vProb`). */
export function victoryProbability(
  model: SmpSettings["victoryProbModel"],
  ci: number,
  cj: number,
): number {
  switch (model) {
    case "Linear":
      return ci / (ci + cj);
    case "Square":
      return (ci * ci) / (ci * ci + cj * cj);
    case "Quartic":
      return ci ** 4 / (ci ** 4 + cj ** 4);
    case "Octic":
      return ci ** 8 / (ci ** 8 + cj ** 8);
    case "Binary":
      return ci > cj ? 1 : ci < cj ? 0 : 0.5;
  }
}
