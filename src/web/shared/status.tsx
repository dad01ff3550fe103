import type { ReactNode } from "react";

/** A loading line that screen readers announce. */
export function Loading({ children }: { children: ReactNode }) {
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" /> {children}
    </p>
  );
}

/** An error box with a title and the message a person can act on. */
export function ErrorBox({ title, message }: { title: string; message: string }) {
  return (
    <div className="error-box" role="alert">
      <strong>{title}</strong>
      <p>{message}</p>
    </div>
  );
}
