import { describe, expect, it } from "vitest";
import beesenderJson from "../../server/db/demo/beesender.json" with { type: "json" };
import type { Catalog } from "../../server/domain/catalog.js";
import { readCatalog } from "../../server/domain/catalog-reader.js";
import { comparisonRows } from "../../server/domain/comparison-rows.js";

function load(doc: unknown): Catalog {
  const { catalog, problems } = readCatalog(doc);
  if (problems.length > 0) throw new Error(JSON.stringify(problems));
  return catalog;
}

const HOURS = { zones: ["+01:00", "+02:00"], windows: [{ days: ["MON", "TUE", "WED", "THU", "FRI"], start: "09:00", end: "18:00" }] };
const base = {
  slug: "rows",
  name: "Rows",
  currency: "USD",
  featureGroups: [{ key: "g", label: "Channels" }],
  priorities: [
    { key: "p1", label: "P1", definition: "down" },
    { key: "p2", label: "P2" },
  ],
  plans: [
    { key: "a", name: "A", pricing: { kind: "INCLUDED" }, calendar: HOURS, sla: { p1: { amount: "4", unit: "BUSINESS_HOURS" }, p2: { amount: "8", unit: "BUSINESS_HOURS" } } },
    { key: "b", name: "B", pricing: { kind: "INCLUDED" }, calendar: { zones: ["America/Los_Angeles"], alwaysOpen: true }, sla: {} },
  ],
};
const free = { key: "free", label: "Free text", type: "TEXT", cells: { a: "a", b: "b" } };
const channels = { key: "chan", label: "Channels", group: "g", type: "LIST", note: "as stated", cells: { a: ["email"], b: ["email", "phone"] } };

/** [label, group, supportHours] per row, in order. */
const shape = (features: unknown[]) => comparisonRows(load({ ...base, features })).map((r) => [r.label, r.group, r.supportHours]);

describe("the comparison's rows", () => {
  it.each<[string, unknown[], unknown[]]>([
    [
      "grouped rows first, then the hours and each priority's first response read from the plans",
      [free, channels],
      [
        ["Channels", "Channels", false],
        ["Free text", null, false],
        ["Support hours", null, true],
        ["First response, P1", null, false],
        ["First response, P2", null, false],
      ],
    ],
    [
      "no second hours row or target rows when the catalog states them in rows of its own",
      [free, { key: "h", label: "Hours", type: "SCHEDULE", cells: { a: "9-18", b: "24/7" } }, { key: "r", label: "P1", type: "DURATION", cells: { a: { amount: "4", unit: "CALENDAR_HOURS" }, b: { amount: "1", unit: "CALENDAR_HOURS" } } }],
      [
        ["Free text", null, false],
        ["Hours", null, false],
        ["P1", null, false],
      ],
    ],
    [
      "a priority's target once: the catalog's derived row, not a second one",
      [{ key: "frt", label: "First response, P1", type: "TEXT", source: { kind: "SLA", priorities: ["p1"] }, cells: {} }],
      [
        ["First response, P1", null, false],
        ["Support hours", null, true],
        ["First response, P2", null, false],
      ],
    ],
    [
      "a derived support-hours row is marked as hours, and no other hours row is added",
      [{ key: "hours", label: "Our hours", type: "TEXT", source: { kind: "SUPPORT_HOURS" }, cells: {} }],
      [
        ["Our hours", null, true],
        ["First response, P1", null, false],
        ["First response, P2", null, false],
      ],
    ],
  ])("%s", (_name, features, expected) => {
    expect(shape(features)).toEqual(expected);
  });

  it("reads the derived rows' cells from the plans' facts, with the priority's definition as the hint", () => {
    const rows = comparisonRows(load({ ...base, features: [] }));
    expect(rows.map((r) => [r.key, r.hint, r.cells.map((c) => c.display)])).toEqual([
      ["support-hours", null, ["Mon–Fri 09:00–18:00 (+01:00, +02:00)", "24/7"]],
      ["first-response-p1", "down", ["4 business hours", null]],
      ["first-response-p2", null, ["8 business hours", null]],
    ]);
  });

  it("Beesender: its own rows as the catalog orders them, the targets it states not repeated", () => {
    const rows = comparisonRows(load(structuredClone(beesenderJson)));
    expect(rows.map((r) => r.key)).toEqual((beesenderJson as { features: { key: string }[] }).features.map((f) => f.key));
    expect(rows.find((r) => r.key === "channels" || r.key === "case-registration-channels")!.cells.map((c) => c.display)).toEqual([
      "website chatbot, email",
      "website chatbot, email",
      "website chatbot, email",
    ]);
  });
});
