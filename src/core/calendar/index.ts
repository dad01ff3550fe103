// The public surface of core/calendar: filled in by its engine.
export {};
