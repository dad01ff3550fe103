import type { StockBand } from "./report-record.js";

/** The assay each reported band is taken to hold, with why. Users can override any of them. */
export interface BandAssay {
  assay: number;
  basis: string;
}

// Iran enriched to 4.5 % from 8 July 2019 (IAEA GOV/INF/2019/9); before that, to 3.67 % (JCPOA).
const FOUR_POINT_FIVE_FROM = "2019-07-08";

/**
 * The default assay of each band on a date. IAEA reports give stocks "up to" a level; we read
 * each band at the level Iran was known to produce (fast, as think tanks do), not a mid-point.
 */
export function defaultBandAssay(band: StockBand, isoDate: string): BandAssay {
  switch (band) {
    case "natural":
      return { assay: 0.00711, basis: "natural uranium, 0.711 wt % U-235" };
    case "upTo2":
      return {
        assay: 0.02,
        basis: "upper limit of the IAEA's 'up to 2 %' band (no finer public figure)",
      };
    case "upTo5":
      return isoDate >= FOUR_POINT_FIVE_FROM
        ? {
            assay: 0.045,
            basis: "Iran enriched to 4.5 % from 8 Jul 2019 (IAEA GOV/INF/2019/9)",
          }
        : { assay: 0.0367, basis: "the JCPOA's 3.67 % limit, Iran's product before July 2019" };
    case "upTo20":
      return { assay: 0.1975, basis: "Iran's near-20 % product is 19.75 % (IAEA reports)" };
    case "upTo60":
      return { assay: 0.6, basis: "Iran's 60 % product (IAEA reports since April 2021)" };
  }
}

export const ENRICHED_BANDS: readonly StockBand[] = ["upTo2", "upTo5", "upTo20", "upTo60"];
