import { useState } from "react";
import type { Weekday } from "../../../__generated__/admin/graphql.js";
import { Field } from "../../../shared/components/Field.js";
import { calendarForm, calendarFormErrors, calendarInput, calendarFieldErrors, DAYS, type CalendarForm as Form } from "../forms/calendar-form.js";
import type { DocPlan } from "../forms/draft-document.js";
import { planPatch } from "../forms/plan-input.js";
import { problemsUnder } from "../forms/server-problems.js";
import { useDraftEdit } from "../hooks/useDraftEdit.js";
import { usePreviewCalendar } from "../hooks/usePreviewCalendar.js";
import { keptFor, useKeptDraft, type KeptDrafts } from "../hooks/useKeptDraft.js";
import { useUpdatePlan } from "../hooks/useUpdatePlan.js";
import { WeekHours } from "./WeekHours.js";

/** One plan's support hours: zones, weekly hours per day or 24/7, holidays, and a live example. */
export function CalendarForm({ plan, kept }: { plan: DocPlan; kept?: KeptDrafts }) {
  const { slug, save } = useDraftEdit();
  const update = useUpdatePlan();
  const [form, setForm] = useState<Form>(() => keptFor<Form>(kept, plan.key) ?? calendarForm(plan.calendar));
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [example, setExample] = useState<{ day: Weekday; time: string }>({ day: "FRI", time: "17:00" });
  const ready = Object.keys(calendarFormErrors(form)).length === 0;
  const input = calendarInput(form);
  useKeptDraft(kept, plan.key, form, JSON.stringify(input) !== JSON.stringify(calendarInput(calendarForm(plan.calendar))));
  const target = Object.values(plan.sla).find((t) => t.unit === "BUSINESS_HOURS") ?? { amount: "4", unit: "BUSINESS_HOURS" as const };
  const { preview } = usePreviewCalendar(ready ? { calendar: input, amount: target.amount, unit: target.unit, ...example } : null);
  // What the server finds while the admin types (windows that overlap on a day) is said next to the window, before saving.
  const typing = ready ? calendarFieldErrors(form, input, problemsUnder(preview?.problems ?? [], "calendar")) : {};
  const errors = { ...typing, ...serverErrors, ...calendarFormErrors(form) };

  const change = (next: Partial<Form>) => {
    setServerErrors({});
    setForm({ ...form, ...next });
  };

  const onSave = async () => {
    const outcome = await save({
      what: `the support hours of ${plan.name}`,
      touches: [{ area: "PLAN", key: plan.key, field: "calendar" }],
      send: (revision, doc) => update.run({ slug, revision, key: plan.key, plan: planPatch(doc, plan.key, { calendar: input }) }),
    });
    if (outcome.saved || outcome.conflict) return;
    const index = outcome.problems.length ? Number(/^plans\[(\d+)\]/.exec(outcome.problems[0].path)?.[1]) : -1;
    const under = problemsUnder(outcome.problems, `plans[${index}].calendar`);
    setServerErrors(calendarFieldErrors(form, input, under));
  };

  return (
    <form
      className="stack calendar-form"
      aria-label={`Support hours of ${plan.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        void onSave();
      }}
    >
      <Field label="Time zones" hint='IANA names or offsets, separated by commas; the first is the default ("Europe/Rome", "+01:00, +02:00")' error={errors.zones}>
        <input value={form.zones} onChange={(e) => change({ zones: e.target.value })} />
      </Field>
      <label className="inline">
        <input type="checkbox" checked={form.alwaysOpen} onChange={(e) => change({ alwaysOpen: e.target.checked })} /> Open 24/7
      </label>
      {!form.alwaysOpen && <WeekHours days={form.days} errors={errors} onChange={(days) => change({ days })} />}
      <Field label="Holidays" hint="One date a line, YYYY-MM-DD" error={errors.holidays}>
        <textarea rows={3} value={form.holidays} onChange={(e) => change({ holidays: e.target.value })} />
      </Field>
      <Field label="Note on the hours" hint='Shown with the hours, such as "Closed on Italian public holidays"' error={errors.note}>
        <textarea rows={2} value={form.note ?? ""} onChange={(e) => change({ note: e.target.value })} />
      </Field>

      <div className="card preview-card">
        <p className="inline">
          <label>
            A ticket sent on{" "}
            <select value={example.day} onChange={(e) => setExample({ ...example, day: e.target.value as Weekday })}>
              {DAYS.map((d) => (
                <option key={d.key} value={d.key}>
                  {d.label}
                </option>
              ))}
            </select>
          </label>{" "}
          <label>
            at <input className="short" aria-label="Example time" value={example.time} onChange={(e) => setExample({ ...example, time: e.target.value })} />
          </label>
        </p>
        <p role="status" aria-live="polite" className="calendar-preview">
          {!ready ? "Fix the hours above to see when a ticket is answered." : (preview?.summary ?? preview?.problems[0]?.message ?? "…")}
        </p>
      </div>
      <button type="submit" disabled={!ready || update.loading}>
        Save the support hours
      </button>
    </form>
  );
}
