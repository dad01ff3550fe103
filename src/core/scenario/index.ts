// The public surface of core/scenario: filled in by its engine.
export {};
