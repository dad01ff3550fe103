// The closed forms as data: the version-1 models for the conformance suite (CLOSED_FORMS, by
// position), and every closed form by name for the user (MODEL_REGISTRY: `leverage model`), with
// each input's allowed range so that a bad value is refused with a message that names it.
import {
  outsideOptionShare,
  rubinsteinShare,
  stahlShare,
  stahlShareCommon,
} from "./alternating-offers.js";
import { bayesianCredibility } from "./credibility.js";
import {
  audienceCostThreshold,
  fearonRange,
  powellCondition,
  riskReturnOffer,
} from "./crisis-bargaining.js";
import { deadlineScreening } from "./deadline-screening.js";
import { detectionEquilibrium } from "./detection.js";
import { chainStore } from "./kreps-wilson.js";
import type {
  BargainingModelInfo,
  ClosedFormModel,
  ModelInputSpec,
  ModelInputValue,
  ModelOutputSpec,
} from "./model-types.js";
import { nashSplit } from "./nash-split.js";
import { powellKStep } from "./powell-kstep.js";
import {
  CREDIBILITY_VECTORS,
  DEADLINE_SCREENING_VECTORS,
  DETECTION_VECTORS,
  KREPS_WILSON_VECTORS,
  OUTSIDE_OPTION_VECTORS,
  POWELL_KSTEP_VECTORS,
  POWELL_VECTORS,
  RATIFICATION_INPUTS,
  RATIFICATION_LEARNING_VECTORS,
  RATIFICATION_VECTORS,
  REPUTATION_VECTORS,
  RUBINSTEIN_VECTORS,
  SCREENING_VECTORS,
  STAHL_VECTORS,
} from "./published-vectors.js";
import { ratificationOffer } from "./ratification.js";
import { ratificationLearning } from "./ratification-learning.js";
import { reputation } from "./reputation.js";
import { infiniteSkimming, skimmingStages } from "./screening.js";

const SHARE = { low: 0, high: 1 };
const DELTA = { low: 0.01, high: 0.99 };

/** The closed forms of version 1, by position, for the conformance suite. */
export const CLOSED_FORMS: BargainingModelInfo[] = [
  {
    name: "rubinstein",
    source: "Rubinstein (1982)",
    ownAlgebra: false,
    players: 2,
    inputs: [
      { name: "delta1", ...DELTA },
      { name: "delta2", ...DELTA },
    ],
    bounds: { share: SHARE },
    vectors: RUBINSTEIN_VECTORS,
    evaluate: ([d1, d2]) => ({ share: rubinsteinShare(d1, d2) }),
  },
  {
    name: "stahl",
    source: "Ståhl (1972)",
    ownAlgebra: false,
    players: 2,
    inputs: [
      { name: "periods", low: 1, high: 40, integer: true },
      { name: "delta1", ...DELTA },
      { name: "delta2", ...DELTA },
    ],
    bounds: { share: SHARE, commonForm: SHARE },
    vectors: STAHL_VECTORS,
    evaluate: ([periods, d1, d2]) => ({
      share: stahlShare(periods, d1, d2),
      commonForm: d1 === d2 ? stahlShareCommon(periods, d1) : stahlShare(periods, d1, d2),
    }),
  },
  {
    name: "outside-option",
    source: "Binmore, Shaked & Sutton (1989)",
    ownAlgebra: false,
    players: 2,
    inputs: [
      { name: "delta", ...DELTA },
      { name: "option", low: 0, high: 1 },
    ],
    bounds: { share: SHARE },
    vectors: OUTSIDE_OPTION_VECTORS,
    evaluate: ([delta, b]) => ({ share: outsideOptionShare(delta, b) }),
  },
  {
    name: "nash-split",
    source: "Nash (1950)",
    ownAlgebra: false,
    players: 2,
    inputs: [
      { name: "d1", low: 0, high: 0.5 },
      { name: "d2", low: 0, high: 0.5 },
    ],
    bounds: { share: SHARE },
    vectors: [{ input: [0.2, 0.3], expected: { share: 0.45 } }],
    evaluate: ([d1, d2]) => ({ share: nashSplit(d1, d2) }),
  },
  {
    name: "fearon-range",
    source: "Fearon (1995)",
    ownAlgebra: false,
    players: 2,
    inputs: [
      { name: "p", low: 0, high: 1 },
      { name: "costA", low: 0, high: 0.5 },
      { name: "costB", low: 0, high: 0.5 },
    ],
    bounds: { low: { low: -0.5, high: 1 }, high: { low: 0, high: 1.5 } },
    vectors: [{ input: [0.6, 0.1, 0.15], expected: { low: 0.5, high: 0.75 } }],
    evaluate: ([p, cA, cB]) => ({ ...fearonRange(p, cA, cB) }),
  },
  {
    name: "risk-return",
    source: "Fearon (1995)",
    ownAlgebra: false,
    players: 2,
    inputs: [
      { name: "p", low: 0, high: 1 },
      { name: "costB", low: 0, high: 0.5 },
      { name: "maxCostA", low: 0.01, high: 0.5 },
    ],
    bounds: { offer: { low: -0.5, high: 1 }, warProbability: SHARE },
    vectors: [{ input: [0.6, 0.15, 0.35], expected: { offer: 0.5, warProbability: 0.285714 } }],
    evaluate: ([p, cB, cMax]) => ({ ...riskReturnOffer(p, cB, cMax) }),
  },
  {
    name: "powell",
    source: "Powell (2006) set-up; our own algebra",
    ownAlgebra: true,
    players: 2,
    inputs: [
      { name: "delta", ...DELTA },
      { name: "qNow", low: 0, high: 1 },
      { name: "qNext", low: 0, high: 1 },
      { name: "costD", low: 0, high: 1 },
      { name: "costR", low: 0, high: 1 },
    ],
    bounds: { lhs: { low: -1, high: 1 }, rhs: { low: 0, high: 2 }, war: SHARE },
    vectors: POWELL_VECTORS,
    evaluate: ([delta, q0, q1, cD, cR]) => {
      const c = powellCondition(delta, q0, q1, cD, cR);
      return { lhs: c.lhs, rhs: c.rhs, war: c.war ? 1 : 0 };
    },
  },
  {
    name: "ratification",
    source: "Iida (1993), Tarar (2001) set-up; our own algebra",
    ownAlgebra: true,
    players: 3,
    inputs: RATIFICATION_INPUTS,
    bounds: { proposerShare: SHARE, ratifyProbability: SHARE, expectedUtility: SHARE },
    vectors: RATIFICATION_VECTORS,
    evaluate: ([lo, hi, dA]) => ({ ...ratificationOffer(lo, hi, dA) }),
  },
  {
    name: "audience-costs",
    source: "Fearon (1994) set-up; our own algebra",
    ownAlgebra: true,
    players: 2,
    inputs: [
      { name: "p", low: 0, high: 1 },
      { name: "stake", low: 0, high: 1 },
      { name: "cost", low: 0, high: 1 },
    ],
    bounds: { threshold: { low: -1, high: 1 } },
    vectors: [{ input: [0.4, 1, 0.5], expected: { threshold: 0.1 } }],
    evaluate: ([p, v, c]) => ({ threshold: audienceCostThreshold(p, v, c) }),
  },
];

// ---------------------------------------------------------------------------------------------
// Every closed form by name, for the user.

type Range = Pick<ModelInputSpec, "low" | "high" | "open" | "integer">;
const UNIT: Range = { low: 0, high: 1 };
const OPEN_UNIT: Range = { low: 0, high: 1, open: true };
const COST: Range = { low: 0, high: 1000 };
const VALUE: Range = { low: -10, high: 10 };
const num = (v: ModelInputValue) => v as number;
const list = (v: ModelInputValue) => v as number[];
const input = (
  name: string,
  description: string,
  range: Range,
  extra: Partial<ModelInputSpec> = {},
) => ({
  name,
  description,
  ...range,
  ...extra,
});
const output = (name: string, description: string, extra: Partial<ModelOutputSpec> = {}) => ({
  name,
  description,
  ...extra,
});
const P = { low: 0, high: 1 };

/**
 * A version-1 model by name: the inputs the user may set, with their true domain (which may be
 * wider than the property tests' domain), and descriptions of the inputs and outputs.
 */
function named(
  id: string,
  title: string,
  inputs: ModelInputSpec[],
  outputs: ModelOutputSpec[],
  check?: ClosedFormModel["check"],
): ClosedFormModel {
  const info = CLOSED_FORMS.find((m) => m.name === id) as BargainingModelInfo;
  const order = info.inputs.map((d) => d.name);
  return {
    id,
    title,
    source: info.source,
    ownAlgebra: info.ownAlgebra,
    inputs,
    outputs,
    check,
    vectors: info.vectors.map((v) => ({
      inputs: Object.fromEntries(order.map((name, i) => [name, v.input[i]])),
      expected: v.expected,
      source: info.source,
    })),
    compute: (values) => info.evaluate(order.map((name) => num(values[name]))),
  };
}

const VERSION_1: ClosedFormModel[] = [
  named(
    "rubinstein",
    "Rubinstein's infinite alternating offers: the first proposer's share",
    [
      input("delta1", "player 1's discount factor per round", OPEN_UNIT),
      input("delta2", "player 2's discount factor per round", OPEN_UNIT),
    ],
    [output("share", "player 1's share, (1 − δ2)/(1 − δ1δ2)", P)],
  ),
  named(
    "stahl",
    "Ståhl's T-round alternating offers: the first proposer's share",
    [
      input("periods", "rounds T (no deal after the last)", {
        low: 1,
        high: 10_000,
        integer: true,
      }),
      input("delta1", "player 1's discount factor per round", OPEN_UNIT),
      input("delta2", "player 2's discount factor per round", OPEN_UNIT),
    ],
    [
      output("share", "player 1's share by backward induction", P),
      output("commonForm", "the same from (1 − (−δ)^T)/(1 + δ) when δ1 = δ2", P),
    ],
  ),
  named(
    "outside-option",
    "Alternating offers where the responder may quit for an outside option",
    [
      input("delta", "the common discount factor per round", OPEN_UNIT),
      input("option", "the responder's outside option b", UNIT),
    ],
    [output("share", "the proposer's share: 1/(1 + δ), or 1 − b when the option binds", P)],
  ),
  named(
    "nash-split",
    "The Nash bargaining split with a disagreement point",
    [
      input("d1", "player 1's disagreement value", UNIT),
      input("d2", "player 2's disagreement value", UNIT),
    ],
    [output("share", "player 1's share, d1 + (1 − d1 − d2)/2", P)],
    (v) => (num(v.d1) + num(v.d2) > 1 ? "d1 + d2 must not exceed 1 (no surplus to split)" : null),
  ),
  named(
    "fearon-range",
    "Fearon's bargaining range: the deals both sides prefer to war",
    [
      input("p", "A's probability of winning a war", UNIT),
      input("costA", "A's cost of war", COST),
      input("costB", "B's cost of war", COST),
    ],
    [
      output("low", "the lowest share A accepts, p − cA"),
      output("high", "the highest share B concedes, p + cB"),
    ],
  ),
  named(
    "risk-return",
    "Fearon's risk–return offer when A's cost of war is private, cA ~ U[0, C̄]",
    [
      input("p", "A's probability of winning a war", UNIT),
      input("costB", "B's cost of war", COST),
      input("maxCostA", "the top C̄ of A's cost range", { low: 0, high: 1000, open: true }),
    ],
    [
      output("offer", "B's optimal offer to A, p + (cB − C̄)/2 clipped to [p − C̄, p]"),
      output("warProbability", "P(war) = (p − x*)/C̄", P),
    ],
  ),
  named(
    "powell",
    "Powell's commitment problem in its one-step form",
    [
      input("delta", "the discount factor per period", OPEN_UNIT),
      input("qNow", "the rising state's war share now, q_t", UNIT),
      input("qNext", "its war share next period, q_{t+1}", UNIT),
      input("costD", "the declining state's cost of war", COST),
      input("costR", "the rising state's cost of war", COST),
    ],
    [
      output("lhs", "δ·q_{t+1} − q_t"),
      output("rhs", "(1 − δ)(C_D + δ·C_R)"),
      output("war", "1 when war is unavoidable (lhs > rhs), else 0", P),
    ],
  ),
  named(
    "ratification",
    "The proposer's offer to a ratifier with an uncertain threshold ρ ~ U[ρlo, ρhi]",
    [
      input("rhoLow", "the lowest ratification threshold", UNIT),
      input("rhoHigh", "the highest ratification threshold", UNIT),
      input("reservation", "the proposer's value if ratification fails, d_A", UNIT),
    ],
    [
      output("proposerShare", "the proposer's share x*", P),
      output("ratifyProbability", "P(the ratifier accepts x*)", P),
      output("expectedUtility", "the proposer's expected utility", P),
    ],
    (v) => (num(v.rhoLow) < num(v.rhoHigh) ? null : "rhoLow must be below rhoHigh"),
  ),
  named(
    "audience-costs",
    "The least audience cost that makes a threat credible",
    [
      input("p", "the probability of winning if the threat is carried out", UNIT),
      input("stake", "the value V at stake", COST),
      input("cost", "the cost c of carrying out the threat", COST),
    ],
    [output("threshold", "the least audience cost, c − p·V")],
  ),
];

const VERSION_2: ClosedFormModel[] = [
  {
    id: "screening",
    title: "Skimming: the US screens an Iran whose resolve θ ~ U[0, 1] is private",
    source: "Sobel & Takahashi (1983); Fudenberg, Levine & Tirole (1985), §3",
    ownAlgebra: false,
    inputs: [
      input("delta", "the discount factor per round (both sides)", OPEN_UNIT),
      input(
        "rounds",
        "the rounds T, or inf",
        { low: 1, high: 100_000, integer: true },
        { infinite: true },
      ),
    ],
    outputs: [
      output(
        "cutoff",
        "β: the share of the remaining type range still holding out after this round's offer",
        P,
      ),
      output("firstPrice", "γ: the US's first price (its share), per unit of the range", P),
      output("usValue", "a: the US's expected value", P),
      output("pDealFirstRound", "1 − β", P),
      output("expectedDelayRounds", "β/(1 − β) = 1/√(1 − δ), infinite horizon only (else null)", {
        low: 0,
        high: Number.POSITIVE_INFINITY,
        nullable: true,
      }),
    ],
    vectors: SCREENING_VECTORS,
    compute: ({ delta, rounds }) => {
      const d = num(delta);
      const t = num(rounds);
      const s = t === Number.POSITIVE_INFINITY ? infiniteSkimming(d) : skimmingStages(d, t)[t - 1];
      return {
        cutoff: s.cutoff,
        firstPrice: s.price,
        usValue: s.proposerValue,
        pDealFirstRound: 1 - s.cutoff,
        expectedDelayRounds: t === Number.POSITIVE_INFINITY ? s.cutoff / (1 - s.cutoff) : null,
      };
    },
  },
  {
    id: "reputation",
    title: "The reputational war of attrition between two committed demands",
    source: "Abreu & Gul (2000), §3–4; Compte & Jehiel (2002) for outside options",
    ownAlgebra: false,
    inputs: [
      input("r1", "side 1's discount rate", { low: 0, high: 100, open: true }),
      input("r2", "side 2's discount rate", { low: 0, high: 100, open: true }),
      input("a1", "side 1's demand α1", OPEN_UNIT),
      input("a2", "side 2's demand α2 (α1 + α2 > 1)", OPEN_UNIT),
      input("z1", "the prior that side 1 is committed", OPEN_UNIT),
      input("z2", "the prior that side 2 is committed", OPEN_UNIT),
      input("t", "a time for P(no agreement by t)", { low: 0, high: 1e6 }, { optional: true }),
      input("o1", "side 1's outside option", UNIT, {
        default: 0,
        defaultSource: "Abreu & Gul's set-up has no outside option",
      }),
      input("o2", "side 2's outside option", UNIT, {
        default: 0,
        defaultSource: "Abreu & Gul's set-up has no outside option",
      }),
    ],
    outputs: [
      output("lambda1", "side 1's concession rate, r2(1 − α1)/(α1 + α2 − 1)", { low: 0 }),
      output("lambda2", "side 2's concession rate", { low: 0 }),
      output("T0", "the time by which every rational type has conceded", { low: 0 }),
      output("c1", "P(side 1 concedes at once)", P),
      output("c2", "P(side 2 concedes at once)", P),
      output("u1", "side 1's expected payoff", P),
      output("u2", "side 2's expected payoff", P),
      output("pImpasse", "P(no agreement ever) = z1·z2 (1 when an outside option is taken)", P),
      output("pNoAgreementAt", "P(no agreement by t) (null without t)", { ...P, nullable: true }),
      output("outsideOptionSide", "0, or the side whose outside option ends the war of attrition", {
        low: 0,
        high: 2,
      }),
    ],
    check: (v) =>
      num(v.a1) + num(v.a2) > 1 ? null : "a1 + a2 must exceed 1 (incompatible demands)",
    vectors: REPUTATION_VECTORS,
    compute: (v) => {
      const r = reputation({
        r1: num(v.r1),
        r2: num(v.r2),
        a1: num(v.a1),
        a2: num(v.a2),
        z1: num(v.z1),
        z2: num(v.z2),
        o1: num(v.o1),
        o2: num(v.o2),
      });
      return {
        lambda1: r.lambda1,
        lambda2: r.lambda2,
        T0: r.T0,
        c1: r.c1,
        c2: r.c2,
        u1: r.u1,
        u2: r.u2,
        pImpasse: r.pImpasse,
        pNoAgreementAt: v.t === undefined ? null : r.pNoAgreementBy(num(v.t)),
        outsideOptionSide: r.outsideOptionSide,
      };
    },
  },
  {
    id: "credibility",
    title: "A threat's credibility after slipped deadlines, by Bayes' rule",
    source: "Kreps & Wilson (1982); Sartori (2002)",
    ownAlgebra: false,
    inputs: [
      input("mu0", "the prior that the threatener is resolute", UNIT),
      input("qR", "P(a resolute type carries the threat out)", UNIT),
      input("qB", "P(a bluffing type carries it out)", UNIT),
      input("slips", "how many slipped deadlines to follow", {
        low: 0,
        high: 10_000,
        integer: true,
      }),
    ],
    outputs: [
      output("credibility", "μq_R + (1 − μ)q_B after 0, 1, … slips", P),
      output("muResolute", "the posterior that the threatener is resolute, after 0, 1, … slips", P),
    ],
    listIndex: { name: "slips", from: 0 },
    vectors: CREDIBILITY_VECTORS,
    compute: (v) => ({ ...bayesianCredibility(num(v.mu0), num(v.qR), num(v.qB), num(v.slips)) }),
  },
  {
    id: "kreps-wilson",
    title: "The chain store: an incumbent's reputation for fighting entry, stage by stage",
    source: "Kreps & Wilson (1982), §3, Theorem 1",
    ownAlgebra: false,
    inputs: [
      input("p", "the prior that the incumbent is tough", UNIT),
      input("b", "an entrant's gain from entry if accommodated (b − 1 if fought)", OPEN_UNIT),
      input("stages", "the number of entrants", { low: 1, high: 1000, integer: true }),
    ],
    outputs: [
      output("entrant", "each entrant's move: enter, stay out or mix"),
      output("weakFights", "P(a weak incumbent fights entry)", P),
      output("pFight", "P(entry is fought)", P),
      output(
        "reputation",
        "P(tough) at the start of each stage, on the path where every entry is fought",
        P,
      ),
    ],
    listIndex: { name: "stage", from: 1 },
    vectors: KREPS_WILSON_VECTORS,
    compute: (v) => {
      const stages = chainStore(num(v.p), num(v.b), num(v.stages));
      return {
        entrant: stages.map((s) => s.entrant),
        weakFights: stages.map((s) => s.weakFights),
        pFight: stages.map((s) => s.pFight),
        reputation: stages.map((s) => s.reputation),
      };
    },
  },
  {
    id: "powell-kstep",
    title: "Powell's preventive-war check over k steps of a shifting war share",
    source: "Powell (2006) set-up; our own algebra (docs/bargaining.md)",
    ownAlgebra: true,
    inputs: [
      input("delta", "the discount factor per period", OPEN_UNIT),
      input("cD", "the declining state's cost of war", COST),
      input("cR", "the rising state's cost of war", COST),
      input("q", "the rising state's war share by period, from now (flat after the last)", UNIT, {
        list: { minLength: 2, maxLength: 10_000 },
      }),
    ],
    outputs: [
      output("lhsMax", "max over k of δᵏq_k − q_0 − (1 − δ)δᵏC_R"),
      output("atK", "the k that attains it", { low: 1 }),
      output("rhs", "(1 − δ)C_D", { low: 0 }),
      output("war", "true iff lhsMax > rhs"),
      output("oneStepLhs", "the k = 1 term"),
    ],
    vectors: POWELL_KSTEP_VECTORS,
    compute: (v) => ({ ...powellKStep(num(v.delta), num(v.cD), num(v.cR), list(v.q)) }),
  },
  {
    id: "ratification-learning",
    title: "Ratification with learning: the offer after a rejection, ρ truncated to [1 − x, ρ_hi]",
    source: "Iida (1993); Milner & Rosendorff (1997) set-up; our own algebra (docs/bargaining.md)",
    ownAlgebra: true,
    inputs: [
      input("low", "the lowest ratification threshold ρ_lo", UNIT),
      input("high", "the highest ratification threshold ρ_hi", UNIT),
      input("dA", "the proposer's value if ratification fails", UNIT),
    ],
    outputs: [
      output("firstShare", "the first offer's share for the proposer", P),
      output("firstProbability", "P(the first offer is ratified)", P),
      output("secondShare", "the offer after a rejection", P),
      output("secondProbability", "P(the second offer is ratified)", P),
    ],
    check: (v) => (num(v.low) < num(v.high) ? null : "low must be below high"),
    vectors: RATIFICATION_LEARNING_VECTORS,
    compute: (v) => {
      const r = ratificationLearning(num(v.low), num(v.high), num(v.dA));
      return {
        firstShare: r.firstShare,
        firstProbability: r.firstProbability,
        secondShare: r.secondShare,
        secondProbability: r.secondProbability,
      };
    },
  },
  {
    id: "detection",
    title: "Racing, detection and blind strikes: the one-shot toy",
    source: "Debs & Monteiro (2014) set-up; our own algebra (docs/bargaining.md)",
    ownAlgebra: true,
    inputs: [
      input("G", "Iran's gain from a bomb", { low: 0, high: 1000, open: true }),
      input("cR", "Iran's cost of being struck", COST),
      input("k", "Iran's cost of racing", COST),
      input("L", "the striker's loss if Iran gets a bomb", { low: 0, high: 1000, open: true }),
      input("cD", "the striker's cost of a strike", { low: 0, high: 1000, open: true }),
      input("p", "P(a race is detected), 1 − e^(−b/τ)", UNIT),
    ],
    outputs: [
      output("sigmaRace", "P(Iran races)", P),
      output("blindStrike", "P(a strike without detection)", P),
      output("pWar", "P(a strike)", P),
      output("pMistakenWar", "P(a strike on an Iran that was not racing)", P),
      output("pBomb", "P(Iran gets a bomb)", P),
    ],
    vectors: DETECTION_VECTORS,
    compute: (v) => ({
      ...detectionEquilibrium({
        G: num(v.G),
        cR: num(v.cR),
        k: num(v.k),
        L: num(v.L),
        cD: num(v.cD),
        p: num(v.p),
      }),
    }),
  },
  {
    id: "deadline-screening",
    title: "The last offer before a deadline that may end in a strike, θ ~ U[0, 1]",
    source: "screening set-up (FLT 1985, one round); our own algebra (docs/bargaining.md)",
    ownAlgebra: true,
    inputs: [
      input("credibility", "P(the strike comes if talks fail)", UNIT),
      input("warCostIran", "Iran's cost of the strike", COST),
      input("usStrikeValue", "the US's value of the strike outcome", VALUE),
      input("usStatusQuo", "the US's value of the status quo", VALUE),
    ],
    outputs: [
      output("cutoff", "the highest resolve that settles", P),
      output("offer", "Iran's share in the US offer", P),
      output("pDeal", "P(deal)", P),
      output("pStrike", "P(strike)", P),
      output("pStatusQuo", "P(status quo)", P),
      output("usValue", "the US's expected value"),
    ],
    vectors: DEADLINE_SCREENING_VECTORS,
    compute: (v) => ({
      ...deadlineScreening({
        credibility: num(v.credibility),
        warCostIran: num(v.warCostIran),
        usStrikeValue: num(v.usStrikeValue),
        usStatusQuo: num(v.usStatusQuo),
      }),
    }),
  },
];

/** Every closed form the user can evaluate, by id. */
export const MODEL_REGISTRY: ClosedFormModel[] = [...VERSION_1, ...VERSION_2];
