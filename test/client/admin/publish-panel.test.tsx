import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { PublishPanel } from "../../../client/src/modules/admin/components/PublishPanel.js";
import { DraftChangesDocument } from "../../../client/src/modules/admin/graphql/draft-changes.query.js";
import { PublishDocument } from "../../../client/src/modules/admin/graphql/publish.mutation.js";

afterEach(cleanup);

const problem = (message: string, warning: boolean) => ({ __typename: "CatalogProblem" as const, path: "plans[1].pricing", message, warning });
const draft = (problems: ReturnType<typeof problem>[] = []) => ({
  __typename: "CatalogDraft" as const,
  slug: "beesender",
  revision: 7,
  publishedVersion: 2,
  nextVersion: 3,
  canPublish: problems.every((p) => p.warning),
  problems,
});
const changesMock = {
  maxUsageCount: Number.POSITIVE_INFINITY,
  request: { query: DraftChangesDocument, variables: { slug: "beesender", from: 2 } },
  result: { data: { catalogDiff: { __typename: "CatalogDiff", changes: [{ __typename: "CatalogChange", kind: "PLAN", summary: "Business: 10% → 12% of the license price" }] } } },
};

function publishMock(counter: { calls: number }, answer: object) {
  return {
    request: { query: PublishDocument, variables: { slug: "beesender", revision: 7 } },
    result: () => {
      counter.calls++;
      return answer;
    },
  };
}
const published = { data: { publishCatalog: { __typename: "AdminCatalog", slug: "beesender", publishedVersion: 3 } } };

function renderPanel(d: ReturnType<typeof draft>, mocks: MockLink.MockedResponse[] = []) {
  render(
    <MockedProvider mocks={[changesMock, ...mocks]}>
      <PublishPanel draft={d} />
    </MockedProvider>,
  );
}

describe("publishing a draft", () => {
  it("lists what blocks publishing and keeps the button off", () => {
    renderPanel(draft([problem("Business needs a percent", false)]));
    expect(screen.getByText("Business needs a percent")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Publish…" }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText("Fix the problems above first.")).toBeTruthy();
  });

  it("shows warnings apart, as not stopping publishing", () => {
    renderPanel(draft([problem("The Premium row reads like a price", true)]));
    expect(screen.getByText("Nothing: the draft can be published.")).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Warnings (they do not stop publishing)" })).toBeTruthy();
    expect((screen.getByRole("button", { name: "Publish…" }) as HTMLButtonElement).disabled).toBe(false);
  });

  it("asks first, with the changes in words and the version it makes; Cancel publishes nothing", async () => {
    const counter = { calls: 0 };
    renderPanel(draft(), [publishMock(counter, published)]);
    fireEvent.click(screen.getByRole("button", { name: "Publish…" }));
    const dialog = screen.getByRole("dialog", { name: "Publish version 3?" });
    expect(await within(dialog).findByText("Business: 10% → 12% of the license price")).toBeTruthy();
    expect(within(dialog).getByRole("button", { name: "Publish version 3" })).toBeTruthy();
    // Focus lands on Cancel: a stray Enter does not publish.
    expect(document.activeElement).toBe(within(dialog).getByRole("button", { name: "Cancel" }));
    fireEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect((dialog as HTMLDialogElement).open).toBe(false);
    expect(counter.calls).toBe(0);
  });

  it("publishes once on confirmation and says which version the public page shows", async () => {
    const counter = { calls: 0 };
    renderPanel(draft(), [publishMock(counter, published)]);
    fireEvent.click(screen.getByRole("button", { name: "Publish…" }));
    fireEvent.click(screen.getByRole("button", { name: "Publish version 3" }));
    expect((await screen.findByRole("status")).textContent).toBe("Published version 3: the public page shows it now.");
    expect(counter.calls).toBe(1);
  });

  it("keeps the dialog open with the server's refusal in words", async () => {
    const counter = { calls: 0 };
    const refused = { errors: [{ message: "Someone saved revision 8 first; your edit was made on revision 7", extensions: { code: "CONFLICT" } }] };
    renderPanel(draft(), [publishMock(counter, refused)]);
    fireEvent.click(screen.getByRole("button", { name: "Publish…" }));
    fireEvent.click(screen.getByRole("button", { name: "Publish version 3" }));
    const dialog = screen.getByRole("dialog");
    expect((await within(dialog).findByRole("alert")).textContent).toBe("Someone saved revision 8 first; your edit was made on revision 7");
    expect((dialog as HTMLDialogElement).open).toBe(true);
  });
});
