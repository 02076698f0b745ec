import { Field } from "../../../shared/components/Field.js";

const ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A random password to hand on once (16 characters, no look-alike letters). */
export function generatePassword(length = 16): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join("");
}

/**
 * A password typed or generated; shown in clear, since the admin hands it on to the user
 * (who can change it once signed in).
 */
export function PasswordField({ label, value, onChange, error }: { label: string; value: string; onChange: (value: string) => void; error: string | null }) {
  return (
    <div className="password-field">
      <Field label={label} hint="At least 10 characters." error={error}>
        <input type="text" autoComplete="new-password" spellCheck={false} value={value} onChange={(e) => onChange(e.target.value)} required />
      </Field>
      <button type="button" className="secondary" onClick={() => onChange(generatePassword())}>
        Generate one
      </button>
    </div>
  );
}
