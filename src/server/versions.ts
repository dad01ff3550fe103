// The versions every result records: the app's (package.json) and the bundled data's.
import { appVersion, loadReports } from "../data/index.js";
import type { Versions } from "./runs/run-service.js";

export function currentVersions(): Versions {
  return { appVersion: appVersion(), dataVersion: loadReports().dataVersion };
}
