import { MockedProvider } from "@apollo/client/testing/react";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useState, type ReactNode } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CalendarsEditor } from "../../../client/src/modules/admin/components/CalendarsEditor.js";
import { PlansEditor } from "../../../client/src/modules/admin/components/PlansEditor.js";
import type { DraftDocument } from "../../../client/src/modules/admin/forms/draft-document.js";
import { DraftEditContext } from "../../../client/src/modules/admin/hooks/draft-edit-context.js";
import { useEditorMemory, type EditorMemory } from "../../../client/src/modules/admin/hooks/useKeptDraft.js";
import { docPlan } from "./draft-fixture.js";

afterEach(cleanup);

const calendar = { zones: ["Europe/Rome"], alwaysOpen: false, windows: [{ days: ["MON"], start: "09:00", end: "18:00" }], holidays: [], note: null };
const plan = (key: string, name: string) => docPlan(key, name, { calendar });
const doc = { currency: "USD", plans: [plan("business", "Business"), plan("premium", "Premium")], licenseEditions: [] } as unknown as DraftDocument;

const withDraft = (children: ReactNode) => (
  <MockedProvider mocks={[]}>
    <DraftEditContext.Provider value={{ slug: "beesender", revision: 4, save: vi.fn() }}>{children}</DraftEditContext.Provider>
  </MockedProvider>
);
const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const pickPlan = (key: string) => fireEvent.change(screen.getByLabelText("Plan"), { target: { value: key } });
const options = () => [...(screen.getByLabelText("Plan") as HTMLSelectElement).options].map((o) => o.text);

describe("switching plan keeps what was typed for the previous one", () => {
  it("in the Plans tab, and the picker says which plan is not saved yet", () => {
    render(withDraft(<PlansEditor doc={doc} />));
    fireEvent.change(input("Tagline"), { target: { value: "For teams in production" } });
    pickPlan("premium");
    expect(input("Tagline").value).toBe("");
    expect(options()).toEqual(["Business (not saved yet)", "Premium"]);
    pickPlan("business");
    expect(input("Tagline").value).toBe("For teams in production");
    expect((screen.getByRole("button", { name: "Save the plan" }) as HTMLButtonElement).disabled).toBe(false);
  });

  it("in the Support hours tab; hours typed back to what is saved are not kept", () => {
    render(withDraft(<CalendarsEditor doc={doc} />));
    fireEvent.change(input("Monday closes"), { target: { value: "17:00" } });
    fireEvent.change(input("Time zones"), { target: { value: "Europe/Madrid" } });
    fireEvent.change(input("Time zones"), { target: { value: "Europe/Rome" } });
    pickPlan("premium");
    fireEvent.change(input("Monday opens"), { target: { value: "08:00" } });
    fireEvent.change(input("Monday opens"), { target: { value: "09:00" } });
    pickPlan("business");
    expect(input("Monday closes").value).toBe("17:00");
    expect(options()).toEqual(["Business", "Premium"]);
  });
});

describe("switching to another tab and back keeps the plan shown and what was typed", () => {
  /** The draft editor's part: the memory outlives the tab's editor, which unmounts while another tab is open. */
  function Tabs() {
    const plans = useEditorMemory();
    const hours = useEditorMemory();
    const [tab, setTab] = useState("plans");
    const editors: Record<string, (memory: EditorMemory) => ReactNode> = {
      plans: (memory) => <PlansEditor doc={doc} memory={memory} />,
      hours: (memory) => <CalendarsEditor doc={doc} memory={memory} />,
    };
    return (
      <>
        <button onClick={() => setTab("plans")}>Plans tab</button>
        <button onClick={() => setTab("hours")}>Hours tab</button>
        <button onClick={() => setTab("json")}>JSON tab</button>
        {tab !== "json" && editors[tab](tab === "plans" ? plans : hours)}
      </>
    );
  }

  it("in the Plans and Support hours tabs", () => {
    render(withDraft(<Tabs />));
    pickPlan("premium");
    fireEvent.change(input("Tagline"), { target: { value: "Round the clock" } });
    fireEvent.click(screen.getByRole("button", { name: "Hours tab" }));
    fireEvent.change(input("Monday closes"), { target: { value: "17:00" } });
    fireEvent.click(screen.getByRole("button", { name: "JSON tab" }));
    expect(screen.queryByLabelText("Tagline")).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "Plans tab" }));
    expect((screen.getByLabelText("Plan") as HTMLSelectElement).value).toBe("premium");
    expect(input("Tagline").value).toBe("Round the clock");
    expect((screen.getByRole("button", { name: "Save the plan" }) as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(screen.getByRole("button", { name: "Hours tab" }));
    expect(input("Monday closes").value).toBe("17:00");
  });
});
