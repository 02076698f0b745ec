import { useEffect, useId, useRef, type FormEvent, type ReactNode } from "react";
import { ErrorAlert } from "../../../shared/components/ErrorAlert.js";

/**
 * The frame of a public form opened from the comparison: its heading (focused on open, since it
 * was opened from a button far up the page), what it does, its fields, a failure not about one
 * field, and send / cancel.
 */
export function PublicFormCard({
  title,
  intro,
  onSubmit,
  sending,
  submitLabel,
  sendingLabel,
  problem,
  onClose,
  children,
}: {
  title: string;
  intro: string;
  onSubmit: () => void;
  sending: boolean;
  submitLabel: string;
  sendingLabel: string;
  problem: string | null;
  onClose: () => void;
  children: ReactNode;
}) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <form className="card request-form" onSubmit={submit} aria-labelledby={id}>
      <h2 id={id} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <p className="muted small">{intro}</p>
      {children}
      <ErrorAlert message={problem} />
      <div className="actions">
        <button type="submit" disabled={sending}>
          {sending ? sendingLabel : submitLabel}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** What a sent form answered, with a way to close it. */
export function FormReceipt({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  return (
    <div className="card receipt" role="status">
      <h2>{title}</h2>
      <p>{children}</p>
      <button type="button" className="secondary" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
