import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { AcceptanceRecord } from "../../../client/src/modules/shared-quote/components/AcceptanceRecord.js";

afterEach(cleanup);

const acceptance = {
  optionLabel: "Better",
  planName: "Business",
  name: "Jane Buyer",
  acceptedAt: "2026-11-23T10:00:00.000Z",
  contacts: [],
  clauses: [],
  contentDigest: "ab12",
};

describe("the acceptance record on the share page", () => {
  it("gives the time in the quote's zone, naming it, beside UTC as stored", () => {
    render(<AcceptanceRecord acceptance={acceptance} acceptedAtInZone="23 Nov 2026, 13:00 (Europe/Moscow)" />);
    const when = screen.getByText("When").nextElementSibling!;
    expect(when.textContent).toBe("23 Nov 2026, 13:00 (Europe/Moscow), that is 23 Nov 2026, 10:00 UTC");
  });
});
