import { ErrorAlert } from "../../../shared/components/ErrorAlert.js";

/** The end of a form: a refusal that names no field, the submit button, and what was done. */
export function FormFooter({ submit, busy, error, done }: { submit: string; busy: boolean; error: string | null; done: string | null }) {
  return (
    <>
      <ErrorAlert message={error} />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {submit}
        </button>
      </div>
      {done && (
        <p role="status" className="banner ok">
          {done}
        </p>
      )}
    </>
  );
}
