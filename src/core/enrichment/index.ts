// The public surface of core/enrichment: filled in by its engine.
export {};
