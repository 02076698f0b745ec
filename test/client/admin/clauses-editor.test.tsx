import { MockedProvider } from "@apollo/client/testing/react";
import type { DocumentNode } from "graphql";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ClausesEditor } from "../../../client/src/modules/admin/components/ClausesEditor.js";
import type { DraftDocument } from "../../../client/src/modules/admin/forms/draft-document.js";
import { MoveExclusionDocument } from "../../../client/src/modules/admin/graphql/move-exclusion.mutation.js";
import { MovePriorityDocument } from "../../../client/src/modules/admin/graphql/move-priority.mutation.js";
import { UpdateRequestCategoryDocument } from "../../../client/src/modules/admin/graphql/update-request-category.mutation.js";
import { MoveRequestCategoryDocument } from "../../../client/src/modules/admin/graphql/move-request-category.mutation.js";
import { DraftEditContext } from "../../../client/src/modules/admin/hooks/draft-edit-context.js";
import { capturing } from "./capture-mock.js";

afterEach(cleanup);

const doc = {
  plans: [],
  priorities: [
    { key: "p1", label: "P1", definition: null, examples: [] },
    { key: "p2", label: "P2", definition: null, examples: [] },
  ],
  exclusions: [
    { kind: "NOT_COVERED", heading: null, text: "Custom code", plans: [] },
    { kind: "NOT_COVERED", heading: null, text: "Hardware", plans: [] },
  ],
  requestCategories: [
    { key: "install", label: "Install", description: null, rule: { kind: "FIXED", credits: 1, perStep: null, includedSteps: null }, needsConfirmation: false },
    { key: "upgrade", label: "Upgrade", description: null, rule: { kind: "FIXED", credits: 2, perStep: null, includedSteps: null }, needsConfirmation: false },
  ],
} as unknown as DraftDocument;

/** The editor, with each save recorded and the mutation each sends captured by name. */
function renderEditor(shown: DraftDocument = doc) {
  const save = vi.fn().mockResolvedValue({ saved: true });
  const sent: [string, Record<string, unknown>][] = [];
  const capture = (name: string, query: DocumentNode) => capturing(query, (v) => sent.push([name, v]));
  const rendered = render(
    <MockedProvider mocks={[capture("movePriority", MovePriorityDocument), capture("moveExclusion", MoveExclusionDocument), capture("moveRequestCategory", MoveRequestCategoryDocument), capture("updateRequestCategory", UpdateRequestCategoryDocument)] as never}>
      <DraftEditContext.Provider value={{ slug: "beesender", revision: 4, save }}>
        <ClausesEditor doc={shown} />
      </DraftEditContext.Provider>
    </MockedProvider>,
  );
  /** The editor shown again with the draft as it came back (a new revision). */
  const rerender = (next: DraftDocument) =>
    rendered.rerender(
      <MockedProvider mocks={[]}>
        <DraftEditContext.Provider value={{ slug: "beesender", revision: 5, save }}>
          <ClausesEditor doc={next} />
        </DraftEditContext.Provider>
      </MockedProvider>,
    );
  /** Sends the last saved edit and gives what went to the server. */
  const lastSent = async () => {
    await save.mock.calls.at(-1)![0].send(4, doc).catch(() => undefined);
    return sent.at(-1);
  };
  return { save, lastSent, rerender };
}
const button = (name: string) => screen.getByRole("button", { name }) as HTMLButtonElement;

describe("reordering priorities, clauses and request categories", () => {
  it("moves a priority up by its button; the first cannot move up nor the last down", async () => {
    const { save, lastSent } = renderEditor();
    expect(button("Move priority P1 up (Alt+Arrow keys)").disabled).toBe(true);
    expect(button("Move priority P2 down (Alt+Arrow keys)").disabled).toBe(true);
    fireEvent.click(button("Move priority P2 up (Alt+Arrow keys)"));
    expect(save.mock.calls[0][0].touches).toEqual([{ area: "PRIORITY", key: "order" }]);
    expect(await lastSent()).toEqual(["movePriority", { slug: "beesender", revision: 4, key: "p2", position: 0 }]);
  });

  it("moves a clause and a category with Alt+Arrow keys, and ignores a move past the end", async () => {
    const { save, lastSent } = renderEditor();
    fireEvent.keyDown(button("Move clause 1 up (Alt+Arrow keys)"), { key: "ArrowDown", altKey: true });
    expect(save.mock.calls[0][0].touches).toEqual([
      { area: "EXCLUSION", key: "0" },
      { area: "EXCLUSION", key: "1" },
    ]);
    expect(await lastSent()).toEqual(["moveExclusion", { slug: "beesender", revision: 4, index: 0, position: 1 }]);

    fireEvent.keyDown(button("Move category Upgrade up (Alt+Arrow keys)"), { key: "ArrowDown", altKey: true });
    fireEvent.keyDown(button("Move category Upgrade up (Alt+Arrow keys)"), { key: "ArrowUp" });
    expect(save).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(button("Move category Upgrade up (Alt+Arrow keys)"), { key: "ArrowUp", altKey: true });
    expect(await lastSent()).toEqual(["moveRequestCategory", { slug: "beesender", revision: 4, key: "upgrade", position: 0 }]);
  });
});

describe("a clause moved by someone", () => {
  it("keeps what was typed in another clause's form, which follows its clause to its new place", () => {
    const { rerender } = renderEditor();
    const hardware = screen.getByRole("form", { name: "Exclusion 2" });
    fireEvent.change(within(hardware).getByLabelText("Heading"), { target: { value: "Not on site" } });
    // The draft comes back with the clauses swapped (a move saved here or by another admin).
    rerender({ ...doc, exclusions: [doc.exclusions[1], doc.exclusions[0]] } as DraftDocument);
    const moved = screen.getByRole("form", { name: "Exclusion 1" });
    expect((within(moved).getByLabelText("Text") as HTMLTextAreaElement).value).toBe("Hardware");
    expect((within(moved).getByLabelText("Heading") as HTMLInputElement).value).toBe("Not on site");
  });
});

describe("a request category's form", () => {
  it("edits its description, which is saved with the category", async () => {
    const { lastSent } = renderEditor();
    const form = screen.getByRole("form", { name: "Request category Install" });
    const description = within(form).getByLabelText("Description");
    fireEvent.change(description, { target: { value: " Installing the product on one server " } });
    fireEvent.click(within(form).getByRole("button", { name: "Save" }));
    await vi.waitFor(async () => expect((await lastSent())?.[0]).toBe("updateRequestCategory"));
    expect((await lastSent())![1].category).toEqual({ key: "install", label: "Install", description: "Installing the product on one server", creditKind: "FIXED", credits: 1, perStep: null, includedSteps: null, needsConfirmation: false });
  });
});
