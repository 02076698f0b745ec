import { MockedProvider } from "@apollo/client/testing/react";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CalendarsEditor } from "../../../client/src/modules/admin/components/CalendarsEditor.js";
import { PlansEditor } from "../../../client/src/modules/admin/components/PlansEditor.js";
import type { DraftDocument } from "../../../client/src/modules/admin/forms/draft-document.js";
import { DraftEditContext } from "../../../client/src/modules/admin/hooks/draft-edit-context.js";
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
