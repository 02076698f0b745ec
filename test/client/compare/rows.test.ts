import { describe, expect, it } from "vitest";
import { comparisonRows, differs, hoursIn } from "../../../client/src/modules/compare/lib/rows.js";

const cells = (...displays: (string | null)[]) => displays.map((display, i) => ({ planKey: `p${i}`, display, note: null }));
const calendar = (zones: string[], alwaysOpen = false) => ({ summary: `Mon–Fri 09:00–18:00 (${zones.join(", ")})`, zones, alwaysOpen });

describe("differences only", () => {
  it("keeps a row that reads differently for some plan", () => {
    expect(differs({ key: "k", label: "Contacts", group: null, hint: null, cells: cells("2", "5", "15") })).toBe(true);
    expect(differs({ key: "k", label: "Email", group: null, hint: null, cells: cells("✓", "✓", null) })).toBe(true);
  });

  it("hides a row that reads the same for every plan, whatever the case or spacing", () => {
    expect(differs({ key: "k", label: "Registration", group: null, hint: null, cells: cells("24/7", "24/7 ", "24/7") })).toBe(false);
    expect(differs({ key: "k", label: "Email", group: null, hint: null, cells: cells("Email", "email") })).toBe(false);
  });
});

describe("the server's rows as the page shows them", () => {
  const plans = [
    { key: "p0", calendar: calendar(["+01:00", "+02:00"]) },
    { key: "p1", calendar: null },
  ];
  const row = (key: string, supportHours: boolean) => ({ key, label: key, group: null, hint: null, supportHours, cells: cells("Mon–Fri 09:00–18:00 (+01:00, +02:00)", "as stated") });

  it("shows a support-hours row in the visitor's zone where the plan offers it, and keeps a plan's cell without hours as stated", () => {
    const rows = comparisonRows({ comparisonRows: [row("hours", true)], plans }, "+02:00");
    expect(rows[0].cells.map((c) => c.display)).toEqual(["Mon–Fri 09:00–18:00 (+02:00, your zone)", "as stated"]);
  });

  it("leaves every other row as the server wrote it, in the server's order", () => {
    const rows = comparisonRows({ comparisonRows: [row("b", false), row("a", false)], plans }, "+02:00");
    expect(rows.map((r) => [r.key, r.cells[0].display])).toEqual([
      ["b", "Mon–Fri 09:00–18:00 (+01:00, +02:00)"],
      ["a", "Mon–Fri 09:00–18:00 (+01:00, +02:00)"],
    ]);
  });
});

describe("support hours in the visitor's zone", () => {
  it("names the visitor's zone when the plan offers it", () => {
    expect(hoursIn(calendar(["+01:00", "+02:00"]), "+02:00")).toBe("Mon–Fri 09:00–18:00 (+02:00, your zone)");
  });

  it("keeps the vendor's wording when the plan does not offer the visitor's zone", () => {
    expect(hoursIn(calendar(["+01:00", "+02:00"]), "Europe/Paris")).toBe("Mon–Fri 09:00–18:00 (+01:00, +02:00)");
    expect(hoursIn(calendar(["America/Los_Angeles"]), "America/Los_Angeles")).toBe("Mon–Fri 09:00–18:00 (America/Los_Angeles)");
  });
});
