// The chart specs: (data, options, document) => SVG string. Same code in the browser and in Node.
export { type ChartFrame, framedSvg } from "./frame.js";
