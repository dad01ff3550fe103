// Every migration, in order. Add a new numbered module and list it here; never edit an applied one.
import * as initial from "./001-initial.js";

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [initial];
