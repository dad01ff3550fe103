// The public surface of core/breakout: filled in by its engine.
export {};
