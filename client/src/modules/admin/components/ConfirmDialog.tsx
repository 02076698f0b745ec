import { useEffect, useId, useRef, type ReactNode } from "react";

/**
 * A modal question (the native <dialog>: the page behind is inert, Escape cancels). Focus
 * moves to Cancel when it opens, so a stray Enter or double click never confirms; the
 * confirm button says what it does.
 */
export function ConfirmDialog({
  open,
  title,
  confirmLabel,
  busy = false,
  error,
  onConfirm,
  onCancel,
  children,
}: {
  open: boolean;
  title: string;
  confirmLabel: string;
  busy?: boolean;
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      cancel.current?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    // Escape closes the native dialog; onClose keeps the state in step with it.
    <dialog ref={ref} className="confirm" aria-labelledby={titleId} onClose={() => open && onCancel()}>
      <h2 id={titleId}>{title}</h2>
      {open && children}
      {error && <p role="alert">{error}</p>}
      <div className="actions">
        <button type="button" className="secondary" ref={cancel} onClick={onCancel}>
          Cancel
        </button>
        <button type="button" onClick={onConfirm} disabled={busy}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
