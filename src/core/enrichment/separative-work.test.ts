import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { minSwuPerKgProduct } from "./lower-bound.js";
import { feedPerProduct, productFromFeed, stockLimitedTails } from "./mass-balance.js";
import { separativeWork, swuPerKgProduct } from "./separative-work.js";

// clock.md: feed → 90 %, tails, F/P, SWU per kg P, feed for 25 kg, SWU for 25 kg.
const table = [
  [0.00711, 0.003, 218.248, 192.938, 5456, 4823.4],
  [0.00711, 0.0025, 194.685, 208.032, 4867, 5200.8],
  [0.035, 0.003, 28.031, 71.298, 700.8, 1782.4],
  [0.045, 0.003, 21.357, 59.87, 533.9, 1496.8],
  [0.1975, 0.007, 4.688, 15.798, 117.2, 394.9],
  [0.2, 0.003, 4.553, 18.478, 113.8, 461.9],
  [0.6, 0.003, 1.503, 4.536, 37.6, 113.4],
  [0.6, 0.2, 1.75, 2.24, 43.8, 56.0],
] as const;

describe("separative work to 90 % (clock.md table)", () => {
  it.each(table)(
    "from %f with tails %f: F/P %f, S/P %f, 25 kg needs %f kg feed and %f SWU",
    (xf, xt, fp, sp, feed25, swu25) => {
      expect(feedPerProduct(0.9, xf, xt)).toBeCloseTo(fp, 3);
      expect(swuPerKgProduct(0.9, xf, xt)).toBeCloseTo(sp, 3);
      expect(Math.abs(25 * feedPerProduct(0.9, xf, xt) - feed25)).toBeLessThan(0.5);
      expect(Math.abs(separativeWork(25, 0.9, xf, xt) - swu25)).toBeLessThan(0.1);
    },
  );
});

describe("published cross-checks (clock.md)", () => {
  it("1 kg of 3.5 % from 0.711 % at 0.3 % tails needs F = 7.786 kg and 4.339 SWU", () => {
    expect(feedPerProduct(0.035, 0.00711, 0.003)).toBeCloseTo(7.786, 3);
    expect(separativeWork(1, 0.035, 0.00711, 0.003)).toBeCloseTo(4.339, 3);
  });

  it("1.5 kg of 5 % from 0.72 % at 0.25 % tails needs F = 15.1596 kg and 11.7652 SWU (PyNE)", () => {
    expect(1.5 * feedPerProduct(0.05, 0.0072, 0.0025)).toBeCloseTo(15.1596, 4);
    expect(separativeWork(1.5, 0.05, 0.0072, 0.0025)).toBeCloseTo(11.7652, 4);
  });

  it("a four-step chain at common 0.3 % tails adds up to the single step", () => {
    const steps: [number, number][] = [
      [0.00711, 0.035],
      [0.035, 0.2],
      [0.2, 0.6],
      [0.6, 0.9],
    ];
    // Work back from 25 kg of 90 % to the product each step must deliver.
    let product = 25;
    const swu: number[] = [];
    const feeds: number[] = [];
    for (const [xf, xp] of [...steps].reverse()) {
      swu.unshift(separativeWork(product, xp, xf, 0.003));
      product *= feedPerProduct(xp, xf, 0.003);
      feeds.unshift(product);
    }
    expect(feeds[0]).toBeCloseTo(5456.2, 1);
    expect(feeds[1]).toBeCloseTo(700.78, 2);
    expect(feeds[2]).toBeCloseTo(113.83, 2);
    expect(feeds[3]).toBeCloseTo(37.56, 2);
    expect(swu[0]).toBeCloseTo(3041.0, 0);
    expect(swu[1]).toBeCloseTo(1320.5, 0);
    expect(swu[2]).toBeCloseTo(348.5, 0);
    expect(swu[3]).toBeCloseTo(113.4, 0);
    expect(swu.reduce((a, b) => a + b)).toBeCloseTo(separativeWork(25, 0.9, 0.00711, 0.003), 6);
  });

  it("stock-limited: 40 kg of 60 % → tails 10 %, 67.1 SWU", () => {
    const xt = stockLimitedTails(40, 0.6, 25, 0.9);
    expect(xt).toBeCloseTo(0.1, 6);
    expect(separativeWork(25, 0.9, 0.6, xt as number)).toBeCloseTo(67.1, 1);
  });

  it("stock-limited: 150 kg of 20 % → tails 6.0 %, 221.8 SWU", () => {
    const xt = stockLimitedTails(150, 0.2, 25, 0.9) as number;
    expect(xt).toBeCloseTo(0.06, 3);
    expect(separativeWork(25, 0.9, 0.2, xt)).toBeCloseTo(221.8, 1);
  });

  it("stock-limited tails are null when the feed holds too little U-235", () => {
    expect(stockLimitedTails(30, 0.6, 25, 0.9)).toBeNull();
    expect(stockLimitedTails(20, 0.6, 25, 0.9)).toBeNull();
  });

  it.each([
    [0.00711, 3260],
    [0.035, 706],
    [0.2, 137],
    [0.6, 29.6],
  ])("lower bound for 25 kg from %f: %f SWU", (xf, swu) => {
    expect(25 * minSwuPerKgProduct(0.9, xf)).toBeCloseTo(swu, swu < 100 ? 1 : -1);
  });
});

describe("separative work properties", () => {
  const assays = fc
    .tuple(
      fc.double({ min: 0.0005, max: 0.98, noNaN: true }),
      fc.double({ min: 0.0005, max: 0.98, noNaN: true }),
      fc.double({ min: 0.0005, max: 0.98, noNaN: true }),
    )
    .map(([a, b, c]) => [a, b, c].sort((x, y) => x - y))
    .filter(([t, f, p]) => f - t > 1e-4 && p - f > 1e-4);

  it("conserves U-235: F·xf = P·xp + T·xt", () => {
    fc.assert(
      fc.property(assays, fc.double({ min: 0.1, max: 1000, noNaN: true }), ([xt, xf, xp], p) => {
        const feed = p * feedPerProduct(xp, xf, xt);
        const tails = feed - p;
        expect(feed * xf).toBeCloseTo(p * xp + tails * xt, 6);
      }),
    );
  });

  it("is never negative, and at least the unlimited-feed lower bound", () => {
    fc.assert(
      fc.property(assays, ([xt, xf, xp]) => {
        const s = swuPerKgProduct(xp, xf, xt);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeGreaterThanOrEqual(minSwuPerKgProduct(xp, xf) - 1e-9);
      }),
    );
  });

  it("S/P decreases as tails rise towards the feed assay", () => {
    fc.assert(
      fc.property(assays, fc.double({ min: 0.05, max: 0.95, noNaN: true }), ([xt, xf, xp], k) => {
        const higher = xt + k * (xf - xt);
        expect(swuPerKgProduct(xp, xf, higher)).toBeLessThanOrEqual(
          swuPerKgProduct(xp, xf, xt) + 1e-9,
        );
      }),
    );
  });

  it("scales with the product: S(kP) = k·S(P)", () => {
    fc.assert(
      fc.property(assays, fc.double({ min: 0.01, max: 100, noNaN: true }), ([xt, xf, xp], k) => {
        expect(separativeWork(k * 10, xp, xf, xt)).toBeCloseTo(
          k * separativeWork(10, xp, xf, xt),
          6,
        );
      }),
    );
  });

  it("productFromFeed inverts feedPerProduct", () => {
    fc.assert(
      fc.property(assays, ([xt, xf, xp]) => {
        expect(productFromFeed(100 * feedPerProduct(xp, xf, xt), xf, xp, xt)).toBeCloseTo(100, 6);
      }),
    );
  });
});
