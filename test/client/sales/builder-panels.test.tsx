import { MockedProvider } from "@apollo/client/testing/react";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ApprovalPanel } from "../../../client/src/modules/sales/components/builder/ApprovalPanel.js";
import { QuoteActions } from "../../../client/src/modules/sales/components/builder/QuoteActions.js";
import type { ApprovalPanel_QuoteFragment } from "../../../client/src/modules/sales/graphql/approval-panel.fragment.js";
import type { QuoteActions_QuoteFragment } from "../../../client/src/modules/sales/graphql/quote-actions.fragment.js";

afterEach(cleanup);

const rita = { id: "u1", name: "Rita Rep" };
const approval = (change: Partial<ApprovalPanel_QuoteFragment["approval"]>): ApprovalPanel_QuoteFragment["approval"] => ({
  state: "NEEDED",
  reasons: ["Premium: the discounts take 25% off, more than the 15% sales may give alone"],
  requestedBy: null,
  requestedAt: null,
  note: null,
  approvedBy: null,
  approvedAt: null,
  rejectedBy: null,
  rejectedAt: null,
  rejectionReason: null,
  ...change,
});
const draft = (allowedActions: string[], a: ApprovalPanel_QuoteFragment["approval"]) =>
  ({ id: "q1", lockVersion: 3, status: "DRAFT", allowedActions, approval: a }) as ApprovalPanel_QuoteFragment;

describe("the approval panel", () => {
  it("tells the rep an admin must approve, why, and lets them ask with a note", () => {
    render(
      <MockedProvider>
        <ApprovalPanel quote={draft(["EDIT", "REQUEST_APPROVAL"], approval({}))} blocked={null} />
      </MockedProvider>,
    );
    expect(screen.getByRole("status").textContent).toBe("An admin must approve this quote before it is sent.");
    expect(screen.getByText(/more than the 15% sales may give alone/)).toBeTruthy();
    expect(screen.getByLabelText("Note for the admin")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Approve" })).toBeNull();
  });

  it("shows an admin who asked, when, and the note; a rejection needs a reason", () => {
    const asked = approval({ state: "REQUESTED", requestedBy: rita, requestedAt: "2026-11-30T09:15:00Z", note: "Competing offer" });
    render(
      <MockedProvider>
        <ApprovalPanel quote={draft(["APPROVE", "REJECT"], asked)} blocked={null} />
      </MockedProvider>,
    );
    expect(screen.getByRole("status").textContent).toMatch(/^Awaiting approval: asked by Rita Rep on 30 Nov 2026, \d\d:\d\d\.$/);
    expect(screen.getByText("“Competing offer”")).toBeTruthy();
    const reject = screen.getByRole("button", { name: "Reject" }) as HTMLButtonElement;
    expect(reject.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText("Reason for rejecting"), { target: { value: "Too deep a discount" } });
    expect(reject.disabled).toBe(false);
    expect((screen.getByRole("button", { name: "Approve" }) as HTMLButtonElement).disabled).toBe(false);
  });

  it("shows the rep the outcome with the admin's reason", () => {
    const rejected = approval({ state: "REJECTED", rejectedBy: { id: "a1", name: "Ada Admin" }, rejectedAt: "2026-11-30T10:00:00Z", rejectionReason: "Too deep a discount" });
    render(
      <MockedProvider>
        <ApprovalPanel quote={draft(["EDIT"], rejected)} blocked={null} />
      </MockedProvider>,
    );
    expect(screen.getByRole("status").textContent).toMatch(/^Rejected by Ada Admin on 30 Nov 2026, \d\d:\d\d: Too deep a discount$/);
  });

  it("waits for unsaved changes to be saved before asking", () => {
    render(
      <MockedProvider>
        <ApprovalPanel quote={draft(["REQUEST_APPROVAL"], approval({}))} blocked="Save the changes first" />
      </MockedProvider>,
    );
    expect((screen.getByRole("button", { name: "Request approval" }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText("Save the changes first")).toBeTruthy();
  });
});

const actions = (allowedActions: string[], sendBlockers: string[]): QuoteActions_QuoteFragment =>
  ({ id: "q1", lockVersion: 1, status: "DRAFT", pdfUrl: "/quotes/q1.pdf", allowedActions, canSend: sendBlockers.length === 0, sendBlockers, priceToBeAgreed: false }) as QuoteActions_QuoteFragment;

describe("the quote's actions", () => {
  it("say why a quote cannot be sent yet and offer only what the server allows", () => {
    render(
      <MockedProvider>
        <QuoteActions quote={actions(["EDIT", "SEND_PRICE_TO_BE_AGREED"], ["Enterprise Support is still priced on request"])} blocked={null} onSent={() => undefined} />
      </MockedProvider>,
    );
    expect(screen.getByText("Why it cannot be sent yet:")).toBeTruthy();
    expect(screen.getByText("Enterprise Support is still priced on request")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Send" })).toBeNull();
    expect(screen.getByRole("button", { name: "Send marked “price to be agreed”" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "PDF" }).getAttribute("href")).toBe("/quotes/q1.pdf");
  });

  it("offer Send once nothing blocks it", () => {
    render(
      <MockedProvider>
        <QuoteActions quote={actions(["EDIT", "SEND"], [])} blocked={null} onSent={() => undefined} />
      </MockedProvider>,
    );
    expect(screen.queryByText("Why it cannot be sent yet:")).toBeNull();
    expect((screen.getByRole("button", { name: "Send" }) as HTMLButtonElement).disabled).toBe(false);
  });
});
