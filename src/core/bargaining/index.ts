// The public surface of core/bargaining: filled in by its engine.
export {};
