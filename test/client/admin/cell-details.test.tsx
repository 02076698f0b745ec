import { MockedProvider } from "@apollo/client/testing/react";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MatrixEditor } from "../../../client/src/modules/admin/components/MatrixEditor.js";
import type { DraftDocument } from "../../../client/src/modules/admin/forms/draft-document.js";
import { SetCellDocument } from "../../../client/src/modules/admin/graphql/set-cell.mutation.js";
import { DraftEditContext } from "../../../client/src/modules/admin/hooks/draft-edit-context.js";
import { capturing } from "./capture-mock.js";

afterEach(cleanup);

const doc = {
  plans: [
    { key: "basic", name: "Basic" },
    { key: "business", name: "Business" },
  ],
  featureGroups: [],
  priorities: [],
  features: [
    {
      key: "channels",
      label: "Channels",
      type: "TEXT",
      group: null,
      unit: null,
      note: null,
      source: null,
      cells: { basic: { value: "email", text: null, note: "Replies within the day", editorNote: "Checked with the vendor" } },
    },
  ],
} as unknown as DraftDocument;

/** The matrix, with each save recorded and the cell it sends captured. */
function renderMatrix() {
  const save = vi.fn().mockResolvedValue({ saved: true });
  const sent: Record<string, unknown>[] = [];
  const setCell = capturing(SetCellDocument, (v) => sent.push(v));
  render(
    <MockedProvider mocks={[setCell] as never}>
      <DraftEditContext.Provider value={{ slug: "beesender", revision: 4, save }}>
        <MatrixEditor doc={doc} preview={null as never} />
      </DraftEditContext.Provider>
    </MockedProvider>,
  );
  const sentCell = async () => {
    await vi.waitFor(() => expect(save).toHaveBeenCalledOnce());
    await save.mock.calls[0][0].send(4, doc).catch(() => undefined);
    return sent[0].cell;
  };
  return { sentCell };
}

describe("a cell's wording and notes", () => {
  it("are edited beside the value and saved with the value unchanged", async () => {
    const { sentCell } = renderMatrix();
    const form = screen.getByRole("form", { name: "Wording and notes of the Basic cell of Channels" });
    expect((within(form).getByLabelText("Note") as HTMLInputElement).value).toBe("Replies within the day");
    fireEvent.change(within(form).getByLabelText("As the vendor words it"), { target: { value: " Email, on weekdays " } });
    fireEvent.change(within(form).getByLabelText("Our note"), { target: { value: "" } });
    fireEvent.click(within(form).getByRole("button", { name: "Save the cell's wording" }));
    expect(await sentCell()).toEqual({ value: "email", text: "Email, on weekdays", note: "Replies within the day", editorNote: null });
  });

  it("keep their notes when the value changes; an empty cell has no wording to edit", async () => {
    const { sentCell } = renderMatrix();
    expect(screen.queryByRole("form", { name: "Wording and notes of the Business cell of Channels" })).toBeNull();
    const value = screen.getByLabelText("Channels, Basic");
    fireEvent.change(value, { target: { value: "email and phone" } });
    fireEvent.blur(value);
    expect(await sentCell()).toEqual({ value: "email and phone", text: null, note: "Replies within the day", editorNote: "Checked with the vendor" });
  });
});
