// The public surface of core/enrichment: textbook separative-work bookkeeping.
export {
  KGU_PER_KG_UF6,
  NATURAL_ASSAY,
  SQ_U235_KG,
  WEAPON_GRADE_ASSAY,
  WGU_KG_PER_WEAPON,
} from "./constants.js";
export { minSwuPerKgProduct } from "./lower-bound.js";
export {
  feedPerProduct,
  productFromFeed,
  stockLimitedTails,
  tailsPerProduct,
} from "./mass-balance.js";
export { isOrderedAssays, separativeWork, swuPerKgProduct } from "./separative-work.js";
export { valueFunction, valueFunctionSlope } from "./value-function.js";
