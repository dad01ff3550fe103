/**
 * Player 1's share in the symmetric Nash bargaining solution over a pie of 1 with disagreement
 * point (d1, d2) (Nash 1950): each gets its disagreement value plus half the surplus,
 * x1 = d1 + (1 − d1 − d2)/2. Assumes d1 + d2 ≤ 1 (else there is no surplus to split).
 * @example nashSplit(0.2, 0.3) // 0.45
 */
export function nashSplit(disagreement1: number, disagreement2: number): number {
  return disagreement1 + (1 - disagreement1 - disagreement2) / 2;
}
