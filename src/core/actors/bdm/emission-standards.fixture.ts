import type { ActorInput } from "../types.js";

// Bueno de Mesquita (1994) / Scholz, Calbert & Smith (2011) Table 1: years until emission standards
// for medium cars; salience given in percent, here ÷ 100.
const rows: [string, number, number, number][] = [
  ["Netherlands", 0.08, 4, 80],
  ["Belgium", 0.08, 7, 40],
  ["Luxembourg", 0.03, 4, 20],
  ["Germany", 0.16, 4, 80],
  ["France", 0.16, 10, 60],
  ["Italy", 0.16, 10, 60],
  ["UK", 0.16, 10, 90],
  ["Ireland", 0.05, 7, 10],
  ["Denmark", 0.05, 4, 100],
  ["Greece", 0.08, 7, 70],
];

export const emissionActors: ActorInput[] = rows.map(([name, capability, x, s]) => ({
  name,
  capability,
  position: [x],
  salience: [s / 100],
}));
