import { MockedProvider } from "@apollo/client/testing/react";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { QuoteTermsForm } from "../../../client/src/modules/admin/components/QuoteTermsForm.js";
import { DraftEditContext, type DraftEditApi } from "../../../client/src/modules/admin/hooks/draft-edit-context.js";

afterEach(cleanup);

function renderForm(save: DraftEditApi["save"]) {
  render(
    <MockedProvider mocks={[]}>
      <DraftEditContext.Provider value={{ slug: "aimaras", revision: 7, save }}>
        <QuoteTermsForm terms={{ discountApprovalThreshold: "15", defaultValidityDays: 30 }} />
      </DraftEditContext.Provider>
    </MockedProvider>,
  );
}

const errorOf = (label: string) => {
  const field = screen.getByLabelText(label);
  const ids = field.getAttribute("aria-describedby")?.split(" ") ?? [];
  const errorId = ids.find((id) => id.endsWith("-error"));
  return errorId ? (document.getElementById(errorId)?.textContent ?? null) : null;
};

describe("the quote terms form", () => {
  it("says a validity of 2.5 days must be a whole number, and sends nothing", () => {
    const save = vi.fn();
    renderForm(save);
    fireEvent.change(screen.getByLabelText("A new quote stays valid for (days)"), { target: { value: "2.5" } });
    expect(errorOf("A new quote stays valid for (days)")).toBe("Write the number of days as a whole number");
    expect((screen.getByRole("button", { name: "Save the quote terms" }) as HTMLButtonElement).disabled).toBe(true);
    expect(save).not.toHaveBeenCalled();
  });

  it("puts the server's refusal next to the validity field", async () => {
    const save = vi.fn().mockResolvedValue({ saved: false, conflict: false, problems: [{ path: "info.defaultValidityDays", message: "Days a quote stays valid: 1 to 365" }] });
    renderForm(save);
    fireEvent.change(screen.getByLabelText("A new quote stays valid for (days)"), { target: { value: "400" } });
    fireEvent.click(screen.getByRole("button", { name: "Save the quote terms" }));
    await waitFor(() => expect(errorOf("A new quote stays valid for (days)")).toBe("Days a quote stays valid: 1 to 365"));
    expect(save.mock.calls[0][0].what).toBe("the quote terms");
  });
});
