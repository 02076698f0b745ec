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

describe("the comparison's rows", () => {
  const catalog = {
    featureGroups: [{ key: "g", label: "Channels" }],
    features: [
      { key: "free", label: "Free text", group: null, valueType: "TEXT", note: null, cells: cells("a", "b") },
      { key: "chan", label: "Channels", group: "g", valueType: "LIST", note: "as stated", cells: cells("email", "email, phone") },
    ],
    priorities: [{ key: "p1", label: "P1", definition: "down" }],
    plans: [
      { key: "p0", calendar: calendar(["+01:00", "+02:00"]), slaTargets: [{ priorityKey: "p1", text: "4 business hours" }] },
      { key: "p1", calendar: calendar(["America/Los_Angeles"], true), slaTargets: [] },
    ],
  };

  it("lists grouped rows first, then the hours and first-response rows read from the plans", () => {
    const rows = comparisonRows(catalog, "+02:00");
    expect(rows.map((r) => [r.label, r.group])).toEqual([
      ["Channels", "Channels"],
      ["Free text", null],
      ["Support hours", null],
      ["First response, P1", null],
    ]);
    expect(rows[3].cells.map((c) => c.display)).toEqual(["4 business hours", null]);
    expect(rows[3].hint).toBe("down");
  });

  it("does not repeat the hours or the targets when the catalog has rows for them", () => {
    const withRows = {
      ...catalog,
      features: [...catalog.features, { key: "h", label: "Hours", group: null, valueType: "SCHEDULE", cells: cells("9-18", "24/7") }, { key: "r", label: "P1", group: null, valueType: "DURATION", cells: cells("4", "1") }],
    };
    expect(comparisonRows(withRows, "+02:00").map((r) => r.label)).toEqual(["Channels", "Free text", "Hours", "P1"]);
  });
});

describe("rows derived from the plans' facts", () => {
  const base = {
    featureGroups: [],
    priorities: [
      { key: "p1", label: "P1", definition: null },
      { key: "p2", label: "P2", definition: null },
    ],
    plans: [{ key: "p0", calendar: calendar(["+01:00", "+02:00"]), slaTargets: [{ priorityKey: "p1", text: "4 business hours" }, { priorityKey: "p2", text: "8 business hours" }] }],
  };

  it("shows a priority's target once: the catalog's derived row, not a second one", () => {
    const features = [{ key: "frt", label: "first response, P1", group: null, valueType: "TEXT", source: { kind: "SLA", priorityKeys: ["p1"] }, cells: cells("4 business hours") }];
    expect(comparisonRows({ ...base, features }, "+01:00").map((r) => r.label)).toEqual(["first response, P1", "Support hours", "First response, P2"]);
  });

  it("shows a derived support-hours row in the visitor's zone", () => {
    const features = [{ key: "hours", label: "Support hours", group: null, valueType: "SCHEDULE", source: { kind: "SUPPORT_HOURS", priorityKeys: [] }, cells: cells("Mon–Fri 09:00–18:00 (+01:00, +02:00)") }];
    const rows = comparisonRows({ ...base, features }, "+02:00");
    expect(rows.filter((r) => r.label === "Support hours").map((r) => r.cells[0].display)).toEqual(["Mon–Fri 09:00–18:00 (+02:00, your zone)"]);
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
