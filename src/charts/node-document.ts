import { parseHTML } from "linkedom";

/** A DOM `document` for Node, so chart specs render to SVG strings outside the browser. */
export function nodeDocument(): Document {
  return parseHTML("<!DOCTYPE html><html><body></body></html>").document as unknown as Document;
}
