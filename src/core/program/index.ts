// The public surface of core/program: filled in by its engine.
export {};
