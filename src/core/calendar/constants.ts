// Every statutory number and date behind the legal clocks, each with a one-line source (the URLs
// come from data/raw/rules-and-timeline.json). Day counts are calendar days; dates are ISO
// YYYY-MM-DD strings, turned into Temporal.PlainDate where they are used.

const INARA_STATUTE = "https://www.govinfo.gov/content/pkg/STATUTE-129/html/STATUTE-129-Pg201.htm";
const RPC_TIMELINE =
  "http://www.rpc.senate.gov/policy-papers/a-review-timeline-for-iran-nuclear-deal";
const JCPOA_TEXT = "http://www.reasonedcomments.org/2015/07/iran-p51-nuclear-deal-joint_38.html";
const ANNEX_I = "https://pdfslide.us/documents/iran-jcpoa-annex-i.html";

/** A number or date with the rule it encodes and where it is written. */
export interface SourcedRule<T> {
  value: T;
  rule: string;
  source: string;
}

/** Iran Nuclear Agreement Review Act, Pub. L. 114-17 (42 U.S.C. 2160e). */
export const INARA_RULES = {
  enacted: {
    value: "2015-05-22",
    rule: "INARA signed into law",
    source: "https://www.sullcrom.com/blogs-iran-sanctions",
  },
  transmissionDays: {
    value: 5,
    rule: "President transmits the agreement within 5 calendar days of reaching it (§135(a)(1))",
    source: INARA_STATUTE,
  },
  reviewDays: {
    value: 30,
    rule: "Congress reviews for 30 calendar days following transmittal; no statutory relief (§135(b))",
    source: INARA_STATUTE,
  },
  recessReviewDays: {
    value: 60,
    rule: "60 days if transmitted between 10 Jul and 7 Sep 2015 (§135(b)(1)(B))",
    source: "http://iranprimer.usip.org/blog/2015/jun/26/guide-congressional-action-iran-deal",
  },
  recessWindow: {
    value: { year: 2015, from: { month: 7, day: 10 }, to: { month: 9, day: 7 } },
    rule: "the 60-day window: 10 Jul to 7 Sep inclusive, written for 2015 only",
    source: "http://iranprimer.usip.org/blog/2015/jun/26/guide-congressional-action-iran-deal",
  },
  vetoDays: {
    value: 12,
    rule: "after a disapproval passes, relief stays barred 12 calendar days (veto window)",
    source: RPC_TIMELINE,
  },
  overrideDays: {
    value: 10,
    rule: "after a veto, relief stays barred 10 calendar days (override window)",
    source: RPC_TIMELINE,
  },
  certificationDays: {
    value: 90,
    rule: "President certifies compliance at least every 90 days (§135(d)(6))",
    source:
      "https://www.lawfaremedia.org/article/its-time-again-trump-headed-another-iran-deal-certification-crisis",
  },
} as const;

/** UNSC resolution 2231 (2015), operative paragraphs 11–12, and its Termination Day (para 8). */
export const SNAPBACK_RULES = {
  inForceFrom: {
    value: "2015-07-20",
    rule: "UNSCR 2231 adopted 20 Jul 2015",
    source: "https://travel-impact-newswire.com/?p=40357",
  },
  tablingDays: {
    value: 10,
    rule: "if no member tables a continuation draft within 10 days, the Council President must (op. 11)",
    source: "https://www.iranintl.com/en/202509081860",
  },
  clockDays: {
    value: 30,
    rule: "the continuation draft is voted within 30 days of the notification (op. 11)",
    source: "https://eutoday.net/tag/nuclear-diplomacy",
  },
  reapplyRule: {
    value: "00:00 GMT after the 30th day",
    rule: "unless continuation is adopted, resolutions 1696–1929 apply again at midnight GMT after the 30th day (op. 12)",
    source: "https://newspaper.irandaily.ir/7932/3/18217",
  },
  terminationDay: {
    value: "2025-10-18",
    rule: "2231 and its snapback terminate 10 years after Adoption Day (op. 8)",
    source: JCPOA_TEXT,
  },
} as const;

/** JCPOA paragraphs 36–37: the dispute resolution mechanism (DRM). */
export const DISPUTE_RULES = {
  inForceFrom: {
    value: "2015-07-14",
    rule: "the JCPOA was finalised on 14 Jul 2015",
    source: JCPOA_TEXT,
  },
  jointCommissionDays: {
    value: 15,
    rule: "Joint Commission has 15 days, extendable by consensus (para 36)",
    source: "https://totalwonkerr.net/2020/01/14/e3-on-jcpoa-and-dispute-resolution-mechanism/",
  },
  ministersDays: {
    value: 15,
    rule: "Ministers of Foreign Affairs have 15 days, extendable by consensus (para 36)",
    source: "https://totalwonkerr.net/2020/01/14/e3-on-jcpoa-and-dispute-resolution-mechanism/",
  },
  advisoryBoardDays: {
    value: 15,
    rule: "a 3-member Advisory Board gives a non-binding opinion within 15 days, alongside or after ministers (para 36)",
    source:
      "https://www.steptoeinternationalcomplianceblog.com/2020/01/germany-france-and-the-uk-begin-the-jcpoas-dispute-resolution-mechanism-process-a-gateway-for-the-reimposition-of-un-and-eu-sanctions/",
  },
  finalConsiderationDays: {
    value: 5,
    rule: "Joint Commission considers the opinion for no more than 5 days (para 36)",
    source:
      "https://armscontrolcenter.org/a-quick-guide-to-the-jcpoa-dispute-resolution-mechanism/",
  },
  minimumTotalDays: {
    value: 65,
    rule: "15 + 15 (Advisory Board in parallel) + 5 + the Council's 30 = 65 days at the least",
    source:
      "https://armscontrolcenter.org/a-quick-guide-to-the-jcpoa-dispute-resolution-mechanism/",
  },
} as const;

/** The JCPOA's published milestone dates and the rules that fix them. */
export const JCPOA_MILESTONE_DATES = {
  finalisation: {
    value: "2015-07-14",
    rule: "negotiations concluded in Vienna",
    source: JCPOA_TEXT,
  },
  resolution2231: {
    value: "2015-07-20",
    rule: "UNSCR 2231 adopted unanimously",
    source: "https://travel-impact-newswire.com/?p=40357",
  },
  adoptionDay: {
    value: "2015-10-18",
    rule: "90 days after UNSCR 2231 endorsement",
    source: JCPOA_TEXT,
  },
  implementationDay: {
    value: "2016-01-16",
    rule: "IAEA verifies Iran's steps (Annex V 15.1–15.11)",
    source: JCPOA_TEXT,
  },
  transitionDay: { value: "2023-10-18", rule: "8 years after Adoption Day", source: JCPOA_TEXT },
  terminationDay: { value: "2025-10-18", rule: "10 years after Adoption Day", source: JCPOA_TEXT },
} as const;

/** Days from UNSCR 2231 to Adoption Day, and years from Adoption Day to Transition/Termination. */
export const ADOPTION_DAYS_AFTER_2231 = 90;
export const TRANSITION_YEARS_AFTER_ADOPTION = 8;
export const TERMINATION_YEARS_AFTER_ADOPTION = 10;

/**
 * Annex I limits whose durations count from Implementation Day (Annex I para 1). `cap` is the
 * number the limit sets, in the unit named beside it (assay is a U-235 weight fraction, 0–1).
 */
export const ANNEX_I_SUNSET_RULES = [
  {
    id: "enrichment_level",
    limit: "enrichment up to 3.67 % U-235 only",
    cap: { value: 0.0367, unit: "assay" },
    years: 15,
    source: "https://kayhanlife.com/?p=129188",
  },
  {
    id: "leu_stockpile",
    limit: "at most 300 kg UF6 (202.8 kgU) enriched up to 3.67 %",
    cap: { value: 202.8, unit: "kgU" },
    years: 15,
    source: "https://kayhanlife.com/?p=129188",
  },
  {
    id: "natanz_centrifuges",
    limit: "at most 5,060 IR-1 centrifuges enriching at Natanz",
    cap: { value: 5060, unit: "IR-1 machines" },
    years: 10,
    source: "http://www.reasonedcomments.org/2015/07/iran-p51-nuclear-deal-joint.html",
  },
  {
    id: "fordow",
    limit: "no enrichment, enrichment R&D or nuclear material at Fordow",
    cap: { value: 0, unit: "enriching machines" },
    years: 15,
    source: "http://peterkhanzendran.blogspot.com/2015/07",
  },
] as const;

/** Where Annex I says its durations start (para 1: from Implementation Day unless specified). */
export const ANNEX_I_SOURCE = ANNEX_I;
