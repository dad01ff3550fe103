// What the clock's commands need from the core and the data, in one place.
import { loadMachineTypes } from "../../data/index.js";

export { estimateBreakout } from "../../core/index.js";

export const loadedMachineTypes = () => loadMachineTypes().machineTypes;
