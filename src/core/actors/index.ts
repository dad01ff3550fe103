// The public surface of core/actors: filled in by its engine.
export {};
