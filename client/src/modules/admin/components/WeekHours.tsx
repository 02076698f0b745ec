import type { Weekday } from "../../../__generated__/admin/graphql.js";
import { Field } from "../../../shared/components/Field.js";
import { DAYS, withDayOpen, withWindowAdded, withWindowRemoved, type DayHours } from "../forms/calendar-form.js";

/** The weekly hours: each day open or closed, with one or more windows (a lunch break is two). */
export function WeekHours({ days, errors, onChange }: { days: Record<Weekday, DayHours[]>; errors: Record<string, string>; onChange: (days: Record<Weekday, DayHours[]>) => void }) {
  const setDay = (day: Weekday, hours: DayHours[]) => onChange({ ...days, [day]: hours });
  const setWindow = (day: Weekday, index: number, changes: Partial<DayHours>) => setDay(day, days[day].map((h, i) => (i === index ? { ...h, ...changes } : h)));
  return (
    <fieldset className="week">
      <legend>Weekly hours</legend>
      {DAYS.map((d) => {
        const hours = days[d.key];
        const open = hours[0].open;
        return (
          <div key={d.key} className="day-row">
            <label className="inline day">
              <input type="checkbox" checked={open} onChange={(e) => setDay(d.key, withDayOpen(hours, e.target.checked))} /> {d.label}
            </label>
            {open &&
              hours.map((h, i) => {
                const which = i === 0 ? "" : ` (window ${i + 1})`;
                return (
                  <span key={i} className="day-window">
                    <Field label={`${d.label} opens${which}`} error={errors[`${d.key}.${i}.start`]}>
                      <input className="short" value={h.start} onChange={(e) => setWindow(d.key, i, { start: e.target.value })} />
                    </Field>
                    <Field label={`${d.label} closes${which}`} error={errors[`${d.key}.${i}.end`]}>
                      <input className="short" value={h.end} onChange={(e) => setWindow(d.key, i, { end: e.target.value })} />
                    </Field>
                    {hours.length > 1 && (
                      <button type="button" className="icon" aria-label={`Remove ${d.label} window ${i + 1}`} onClick={() => setDay(d.key, withWindowRemoved(hours, i))}>
                        ✕
                      </button>
                    )}
                  </span>
                );
              })}
            {open && (
              <button type="button" className="secondary small" onClick={() => setDay(d.key, withWindowAdded(hours))}>
                Add a window on {d.label}
              </button>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
