import { describe, expect, it } from "vitest";
import { day, decimalInput, headingLead, money } from "../../client/src/shared/format.js";

describe("client formatting", () => {
  it.each([
    ["5000.00", "5,000.00 USD"],
    ["0.00", "0.00 USD"],
    ["-166.67", "−166.67 USD"],
    ["1234567.5", "1,234,567.5 USD"],
  ])("shows %s as %s, digits as the server wrote them", (amount, shown) => {
    expect(money(amount, "USD")).toBe(shown);
  });

  it("shows no amount for a price on request", () => {
    expect(money(null, "USD")).toBeNull();
  });

  it("reads calendar dates without shifting them by a zone", () => {
    expect(day("2026-12-01")).toBe("1 Dec 2026");
    expect(day("2027-01-31")).toBe("31 Jan 2027");
  });

  it.each([
    ["50000", "50000"],
    ["50,000", "50000"],
    ["50 000.5", "50000.5"],
    ["1e5", null],
    ["-3", null],
    ["", null],
    ["12.345", null],
  ])("takes the typed figure %j as %j", (typed, sent) => {
    expect(decimalInput(typed)).toBe(sent);
  });
});

describe("headings run into their text", () => {
  it.each([
    ["Business processes", "Business processes: "],
    ["What does it not get you?", "What does it not get you? "],
    ["Covers:", "Covers: "],
  ])("%j leads as %j", (heading, lead) => {
    expect(headingLead(heading)).toBe(lead);
  });
});
