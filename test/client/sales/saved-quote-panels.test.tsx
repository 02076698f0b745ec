import { MockedProvider } from "@apollo/client/testing/react";
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { QuoteTimeline } from "../../../client/src/modules/sales/components/builder/QuoteTimeline.js";
import { ShareLinks } from "../../../client/src/modules/sales/components/builder/ShareLinks.js";
import type { QuoteTimeline_QuoteFragment } from "../../../client/src/modules/sales/graphql/quote-timeline.fragment.js";
import type { ShareLinks_QuoteFragment } from "../../../client/src/modules/sales/graphql/share-links.fragment.js";

afterEach(cleanup);

const links = (allowedActions: string[]): ShareLinks_QuoteFragment =>
  ({
    id: "q1",
    allowedActions,
    shareLinks: [
      { id: "l1", createdAt: "2026-11-30T09:00:00Z", revokedAt: "2026-11-30T10:00:00Z" },
      { id: "l2", createdAt: "2026-11-30T11:00:00Z", revokedAt: null },
    ],
  }) as ShareLinks_QuoteFragment;

describe("share links", () => {
  it("keep a copy action for active links by issuing a new one, and say why", () => {
    render(
      <MockedProvider>
        <ShareLinks quote={links(["SHARE", "REVISE"])} fresh={null} />
      </MockedProvider>,
    );
    expect(screen.getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Made 30 Nov 2026, \d\d:00 · revoked 30 Nov 2026, \d\d:00$/),
      expect.stringMatching(/^Made 30 Nov 2026, \d\d:00 · activeRevoke$/),
    ]);
    expect(screen.getByRole("button", { name: "Copy a new link" })).toBeTruthy();
    expect(screen.getByText(/stored only as a digest, so this issues a new one/)).toBeTruthy();
  });

  it("show the link a send just made, to copy", () => {
    render(
      <MockedProvider>
        <ShareLinks quote={links([])} fresh="https://tierwise.example/q/abc" />
      </MockedProvider>,
    );
    expect((screen.getByRole("textbox", { name: "Share link" }) as HTMLInputElement).value).toBe("https://tierwise.example/q/abc");
    expect(screen.getByRole("button", { name: "Copy" })).toBeTruthy();
    // Not this user's to share: no new links, no revoking.
    expect(screen.queryByRole("button", { name: "Copy a new link" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Revoke" })).toBeNull();
  });
});

const timeline = (status: string): QuoteTimeline_QuoteFragment =>
  ({
    id: "q1",
    status,
    lockVersion: 2,
    validUntil: "2026-12-20",
    timeZone: "Europe/Moscow",
    timeline: {
      steps: [
        { label: "Go-live", startsOn: "2027-01-15", endsOn: null },
        { label: "Free guarantee (60 days)", startsOn: "2027-01-15", endsOn: "2027-03-15" },
        { label: "Paid support plan", startsOn: "2027-03-16", endsOn: "2028-03-15" },
        { label: "This quote is valid until", startsOn: null, endsOn: "2026-12-20" },
      ],
      exampleNote: "Examples for a case sent on Friday 27 Nov 2026, 17:00 in Europe/Moscow",
      slaExamples: [{ priorityKey: "p1", priorityLabel: "P1", text: "A P1 case sent Friday 27 Nov 17:00 is answered by Monday 30 Nov 10:00 (Europe/Moscow)" }],
      rounding: "Each line is rounded half-up to the cent; totals are sums of lines.",
    },
  }) as QuoteTimeline_QuoteFragment;

describe("the timeline", () => {
  it("dates go-live, the guarantee to its last day, the paid term and the validity, in the customer's zone, with the rounding rule once", () => {
    render(
      <MockedProvider>
        <QuoteTimeline quote={timeline("DRAFT")} />
      </MockedProvider>,
    );
    expect(screen.getByRole("heading", { name: "Timeline (Europe/Moscow)" })).toBeTruthy();
    expect(screen.getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Go-live: 15 Jan 2027",
      "Free guarantee (60 days): 15 Jan 2027 – 15 Mar 2027",
      "Paid support plan: 16 Mar 2027 – 15 Mar 2028",
      "This quote is valid until: 20 Dec 2026",
      "A P1 case sent Friday 27 Nov 17:00 is answered by Monday 30 Nov 10:00 (Europe/Moscow)",
    ]);
    expect(screen.getAllByText("Each line is rounded half-up to the cent; totals are sums of lines.")).toHaveLength(1);
    expect(screen.queryByRole("button", { name: "Extend validity" })).toBeNull();
  });

  it("lets a sent quote's validity be extended", () => {
    render(
      <MockedProvider>
        <QuoteTimeline quote={timeline("SENT")} />
      </MockedProvider>,
    );
    expect((screen.getByLabelText("New last valid day") as HTMLInputElement).value).toBe("2026-12-20");
    expect(screen.getByRole("button", { name: "Extend validity" })).toBeTruthy();
  });
});
