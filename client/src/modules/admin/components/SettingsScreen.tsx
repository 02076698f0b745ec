import { useQuery } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { ErrorAlert } from "../../../shared/components/ErrorAlert.js";
import { Field } from "../../../shared/components/Field.js";
import { errorMessage } from "../../../shared/error-message.js";
import { AdminSettingsDocument } from "../graphql/settings.query.js";
import { useFormError } from "../hooks/useFormError.js";
import { FormFooter } from "./FormFooter.js";
import { useUpdateSettings } from "../hooks/useUpdateSettings.js";

/** The IANA zones the browser knows, offered while typing; the server decides what is valid. */
const ZONES: string[] = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];

/** /admin/settings: the organisation's time zone and who owns the quotes prospects make themselves. */
export function SettingsScreen() {
  const { data, loading, error } = useQuery(AdminSettingsDocument, { fetchPolicy: "cache-and-network" });
  const { updateSettings, saving } = useUpdateSettings();
  const errors = useFormError(["timeZone", "instantQuoteOwnerId"]);
  const [zone, setZone] = useState<string | null>(null);
  const [owner, setOwner] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  if (loading && !data) return <p role="status">Loading the settings…</p>;
  if (error || !data) return <ErrorAlert message={errorMessage(error) ?? "The settings could not be loaded"} />;
  const { settings } = data;
  const zoneValue = zone ?? settings.timeZone;
  const ownerValue = owner ?? settings.instantQuoteOwnerId ?? "";
  const candidates = data.users.filter((u) => !u.disabled || u.id === settings.instantQuoteOwnerId);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    errors.clear();
    setSaved(null);
    try {
      const after = await updateSettings({ timeZone: zoneValue.trim(), instantQuoteOwnerId: ownerValue || null });
      setZone(null);
      setOwner(null);
      setSaved(`Saved. New quotes default to ${after.timeZone}, and quote numbers take their year from it.`);
    } catch (err) {
      errors.fail(err);
    }
  };

  return (
    <section>
      <h1>Settings</h1>
      <form className="card stack narrow-form" aria-label="Organisation settings" onSubmit={(e) => void onSubmit(e)}>
        <Field label="Time zone of the organisation" hint='An IANA name such as "Europe/Rome"; start typing to pick one.' error={errors.at("timeZone")}>
          <input list="iana-zones" value={zoneValue} onChange={(e) => setZone(e.target.value)} autoComplete="off" spellCheck={false} required />
        </Field>
        <datalist id="iana-zones">
          {ZONES.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
        <Field label="Owner of instant quotes" hint="The rep who owns the quotes prospects make from the comparison page, and is told of them." error={errors.at("instantQuoteOwnerId")}>
          <select value={ownerValue} onChange={(e) => setOwner(e.target.value)}>
            {!settings.instantQuoteOwnerId && <option value="">The first admin (until someone is chosen)</option>}
            {candidates.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name} ({u.role === "ADMIN" ? "admin" : "sales"}, {u.email})
              </option>
            ))}
          </select>
        </Field>
        <FormFooter submit="Save the settings" busy={saving} error={errors.general} done={saved} />
      </form>
    </section>
  );
}
