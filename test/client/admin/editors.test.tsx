import { MockedProvider } from "@apollo/client/testing/react";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ConflictPanel } from "../../../client/src/modules/admin/components/ConflictPanel.js";
import { EditorTabs } from "../../../client/src/modules/admin/components/EditorTabs.js";
import { PlanForm } from "../../../client/src/modules/admin/components/PlanForm.js";
import type { DraftDocument } from "../../../client/src/modules/admin/forms/draft-document.js";
import { UpdatePlanDocument } from "../../../client/src/modules/admin/graphql/update-plan.mutation.js";
import { DraftChangesSinceDocument } from "../../../client/src/modules/admin/graphql/draft-changes-since.query.js";
import { DraftEditContext, type DraftEditApi } from "../../../client/src/modules/admin/hooks/draft-edit-context.js";
import { capturing } from "./capture-mock.js";
import { docPlan } from "./draft-fixture.js";

afterEach(cleanup);

const doc = {
  name: "Beesender",
  currency: "USD",
  plans: [
    docPlan("business", "Business", {
      pricing: { kind: "PERCENT_OF_LICENSE", percent: "10", amount: null, period: "YEAR", minimum: null, maximum: null, packs: [], note: null, editorNote: null },
    }),
  ],
  featureGroups: [],
  features: [],
  priorities: [],
  exclusions: [],
  requestCategories: [],
  guaranteeBands: [],
} as unknown as DraftDocument;

function withDraft(children: ReactNode, save: DraftEditApi["save"], mocks: unknown[] = []) {
  return (
    <MockedProvider mocks={mocks as never}>
      <DraftEditContext.Provider value={{ slug: "beesender", revision: 4, save }}>{children}</DraftEditContext.Provider>
    </MockedProvider>
  );
}

describe("the plan form", () => {
  it('says "Write the percent as a number" next to the field as "abc" is typed, and sends nothing', () => {
    const save = vi.fn();
    render(withDraft(<PlanForm doc={doc} index={0} />, save));
    const percent = screen.getByLabelText("Percent a year");
    fireEvent.change(percent, { target: { value: "abc" } });
    expect(document.getElementById(percent.getAttribute("aria-describedby")!)!.textContent).toBe("Write the percent as a number");
    expect((screen.getByRole("button", { name: "Save the plan" }) as HTMLButtonElement).disabled).toBe(true);
    expect(save).not.toHaveBeenCalled();
  });

  it("puts the server's problem next to the field its path names", async () => {
    const save = vi.fn().mockResolvedValue({ saved: false, conflict: false, problems: [{ path: "plans[0].pricing.percent", message: "Business: the percent must be above 0" }] });
    render(withDraft(<PlanForm doc={doc} index={0} />, save));
    fireEvent.change(screen.getByLabelText("Percent a year"), { target: { value: "0" } });
    fireEvent.click(screen.getByRole("button", { name: "Save the plan" }));
    expect(await screen.findByText("Business: the percent must be above 0")).toBeTruthy();
    expect(save.mock.calls[0][0].touches).toEqual(["price", "percent", "guidance", "packs", "pricingNote", "pricingEditorNote"].map((field) => ({ area: "PLAN", key: "business", field })));
  });
});

describe("the plan form's words", () => {
  it("edits the description, the notes and the price wording, and saves only those parts", async () => {
    const save = vi.fn().mockResolvedValue({ saved: true });
    const sent: Record<string, unknown>[] = [];
    const update = capturing(UpdatePlanDocument, (v) => sent.push(v));
    render(withDraft(<PlanForm doc={doc} index={0} />, save, [update]));
    fireEvent.change(screen.getByLabelText("Description"), { target: { value: " Support for teams that run Beesender in production. " } });
    fireEvent.change(screen.getByLabelText("Notes"), { target: { value: "Billed yearly\n\nRenews unless cancelled" } });
    fireEvent.change(screen.getByLabelText("Price as the vendor words it"), { target: { value: "10% of the license" } });
    fireEvent.click(screen.getByRole("button", { name: "Save the plan" }));
    await waitFor(() => expect(save).toHaveBeenCalledOnce());
    expect(save.mock.calls[0][0].touches.map((t: { field: string }) => t.field)).toEqual(["description", "notes", "price", "percent", "guidance", "packs", "pricingNote", "pricingEditorNote"]);
    await save.mock.calls[0][0].send(4, doc).catch(() => undefined);
    const plan = sent[0].plan as { description: string; notes: string[]; pricing: { note: string; editorNote: string | null; percent: string } };
    expect([plan.description, plan.notes, plan.pricing.note, plan.pricing.editorNote, plan.pricing.percent]).toEqual([
      "Support for teams that run Beesender in production.",
      ["Billed yearly", "Renews unless cancelled"],
      "10% of the license",
      null,
      "10",
    ]);
  });
});

describe("the editor's tabs", () => {
  it("move with the arrow keys, wrapping around, and Home and End", () => {
    const onSelect = vi.fn();
    const tabs = [
      { id: "a", label: "Rows" },
      { id: "b", label: "Plans" },
      { id: "c", label: "JSON" },
    ];
    render(
      <EditorTabs tabs={tabs} current="a" onSelect={onSelect}>
        <p>panel</p>
      </EditorTabs>,
    );
    const rows = screen.getByRole("tab", { name: "Rows" });
    expect(rows.getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("tab", { name: "Plans" }).tabIndex).toBe(-1);
    fireEvent.keyDown(rows, { key: "ArrowRight" });
    fireEvent.keyDown(rows, { key: "ArrowLeft" });
    fireEvent.keyDown(rows, { key: "End" });
    expect(onSelect.mock.calls.map((c) => c[0])).toEqual(["b", "c", "c"]);
    expect(screen.getByRole("tabpanel").textContent).toBe("panel");
  });
});

describe("the conflict panel", () => {
  const changesSince = {
    request: { query: DraftChangesSinceDocument, variables: { slug: "beesender", since: 3 } },
    result: {
      data: {
        draftChangesSince: {
          __typename: "DraftChangesSince",
          since: 3,
          revision: 4,
          editedBy: ["ann@example.com"],
          changes: [{ __typename: "CatalogChange", area: "PLAN", key: "business", kind: "CHANGED", summary: "Business: 10% → 12%", before: { percent: "10" }, after: { percent: "12" } }],
        },
      },
    },
  };

  it("names who saved first, what changed, and the field both changed; applying again is one click", async () => {
    const onApply = vi.fn();
    const edit = { what: "the plan Business", touches: [{ area: "PLAN", key: "business", field: "percent" }], send: vi.fn() };
    render(withDraft(<ConflictPanel slug="beesender" conflict={{ edit, since: 3 }} onApply={onApply} onDiscard={vi.fn()} applying={false} />, vi.fn(), [changesSince]));
    await waitFor(() => expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("ann@example.com saved the draft while you were editing"));
    await waitFor(() => expect(screen.getByText("Business: 10% → 12%", { selector: "li" })).toBeTruthy());
    expect(screen.getByText(/Also changed by you:/).parentElement!.textContent).toBe("Also changed by you: Business: 10% → 12%. Applying yours replaces it.");
    fireEvent.click(screen.getByRole("button", { name: "Apply my change on top" }));
    expect(onApply).toHaveBeenCalledOnce();
  });
});
