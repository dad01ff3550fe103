// The public surface of core/uncertain: filled in by its engine.
export {};
