import { useState } from "react";
import { errorField, errorMessage } from "../../../shared/error-message.js";

/**
 * A form's refusal, placed next to the field the server named (`extensions.field`); a refusal
 * that names none of the form's fields is said once for the whole form.
 */
export function useFormError(fields: readonly string[]) {
  const [error, setError] = useState<{ field: string | null; message: string } | null>(null);
  const onForm = error && (error.field === null || !fields.includes(error.field));
  return {
    at: (field: string) => (error?.field === field ? error.message : null),
    general: onForm ? error.message : null,
    fail: (err: unknown) => setError({ field: errorField(err), message: errorMessage(err) ?? "The change was refused" }),
    clear: () => setError(null),
  };
}
