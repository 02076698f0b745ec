import { MockedProvider } from "@apollo/client/testing/react";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CalendarForm } from "../../../client/src/modules/admin/components/CalendarForm.js";
import type { DocPlan, DraftDocument } from "../../../client/src/modules/admin/forms/draft-document.js";
import { PreviewCalendarDocument } from "../../../client/src/modules/admin/graphql/preview-calendar.query.js";
import { UpdatePlanDocument } from "../../../client/src/modules/admin/graphql/update-plan.mutation.js";
import { DraftEditContext } from "../../../client/src/modules/admin/hooks/draft-edit-context.js";
import { capturing } from "./capture-mock.js";

afterEach(cleanup);

const plan = {
  key: "business",
  name: "Business",
  pricing: { kind: "QUOTE_BASED", percent: null, amount: null, period: "YEAR", minimum: null, maximum: null, guidance: null, packs: [], note: null, editorNote: null },
  calendar: { zones: ["Europe/Rome"], alwaysOpen: false, windows: [{ days: ["MON"], start: "09:00", end: "12:00" }, { days: ["MON"], start: "14:00", end: "18:00" }], holidays: [], note: null },
  sla: {},
} as unknown as DocPlan;
const doc = { plans: [plan] } as unknown as DraftDocument;

/** The form, with its save recorded and the plan update it sends captured; `previews` answer the live example. */
function renderForm(previews: unknown[] = []) {
  const save = vi.fn().mockResolvedValue({ saved: true });
  const sent: Record<string, unknown>[] = [];
  const update = capturing(UpdatePlanDocument, (v) => sent.push(v));
  render(
    <MockedProvider mocks={[update, ...previews] as never}>
      <DraftEditContext.Provider value={{ slug: "beesender", revision: 4, save }}>
        <CalendarForm plan={plan} />
      </DraftEditContext.Provider>
    </MockedProvider>,
  );
  const send = async () => {
    fireEvent.click(screen.getByRole("button", { name: "Save the support hours" }));
    await vi.waitFor(() => expect(save).toHaveBeenCalledOnce());
    await save.mock.calls[0][0].send(4, doc).catch(() => undefined);
    return (sent[0].plan as { calendar: unknown }).calendar;
  };
  return { send };
}
const value = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value;

describe("the support-hours form", () => {
  it("shows each of a day's windows, and saves a window added, one removed, and the note", async () => {
    const { send } = renderForm();
    expect([value("Monday opens"), value("Monday closes"), value("Monday opens (window 2)"), value("Monday closes (window 2)")]).toEqual(["09:00", "12:00", "14:00", "18:00"]);
    expect(screen.queryByText(/edit them as JSON/)).toBeNull();

    fireEvent.click(screen.getByRole("checkbox", { name: "Tuesday" }));
    fireEvent.click(screen.getByRole("button", { name: "Add a window on Tuesday" }));
    fireEvent.change(screen.getByLabelText("Tuesday closes"), { target: { value: "13:00" } });
    expect([value("Tuesday opens (window 2)"), value("Tuesday closes (window 2)")]).toEqual(["18:00", "23:59"]);
    fireEvent.change(screen.getByLabelText("Tuesday opens (window 2)"), { target: { value: "15:00" } });
    fireEvent.change(screen.getByLabelText("Tuesday closes (window 2)"), { target: { value: "18:00" } });
    fireEvent.click(screen.getByRole("button", { name: "Remove Monday window 2" }));
    expect(screen.queryByLabelText("Monday opens (window 2)")).toBeNull();
    fireEvent.change(screen.getByLabelText("Note on the hours"), { target: { value: " Closed on Italian public holidays " } });

    expect(await send()).toEqual({
      zones: ["Europe/Rome"],
      alwaysOpen: false,
      windows: [
        { days: ["MON"], start: "09:00", end: "12:00" },
        { days: ["TUE"], start: "09:00", end: "13:00" },
        { days: ["TUE"], start: "15:00", end: "18:00" },
      ],
      holidays: [],
      note: "Closed on Italian public holidays",
    });
  });

  it("says which window's time is malformed, next to it, and does not save", () => {
    renderForm();
    const closes = screen.getByLabelText("Monday closes (window 2)");
    fireEvent.change(closes, { target: { value: "6pm" } });
    expect(document.getElementById(closes.getAttribute("aria-describedby")!)!.textContent).toBe("Write the closing time as HH:MM, such as 09:00");
    expect((screen.getByRole("button", { name: "Save the support hours" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("says, next to the window, that windows overlap as soon as the server's live example finds it", async () => {
    // The server's answer for the hours as typed: Monday's second window now starts inside the first.
    const overlapping = {
      request: { query: PreviewCalendarDocument, variables: (v: { input: { calendar: { windows: { start: string }[] } } }) => v.input.calendar.windows[1]?.start === "11:00" },
      result: {
        data: {
          previewCalendar: {
            __typename: "CalendarPreview",
            summary: null,
            problems: [{ __typename: "CatalogProblem", path: "calendar.windows[1]", message: "Support hours overlap on MON" }],
          },
        },
      },
      maxUsageCount: 10,
    };
    renderForm([overlapping]);
    const opens = screen.getByLabelText("Monday opens (window 2)");
    fireEvent.change(opens, { target: { value: "11:00" } });
    await vi.waitFor(() => expect(document.getElementById(opens.getAttribute("aria-describedby")!)?.textContent).toBe("Support hours overlap on MON"), { timeout: 3000 });
  });

  it("closes a day with all its windows", async () => {
    const { send } = renderForm();
    fireEvent.click(screen.getByRole("checkbox", { name: "Monday" }));
    expect(screen.queryByLabelText("Monday opens")).toBeNull();
    expect(((await send()) as { windows: unknown[] }).windows).toEqual([]);
  });
});
