import {
  AVAILABILITIES,
  COMPARISONS,
  CREDIT_RULE_KINDS,
  EXCLUSION_KINDS,
  FACT_KINDS,
  LIMIT_FIGURES,
  PERIODS,
  PRICING_KINDS,
  SLA_UNITS,
  VALUE_TYPES,
  WEEKDAYS,
  type Catalog,
  type Cell,
  type CellValue,
  type CreditRule,
  type EligibilityLimit,
  type Exclusion,
  type FactSource,
  type Feature,
  type GuaranteeBand,
  type Plan,
  type PriceGuidance,
  type PricingRule,
  type Priority,
  type RequestCategory,
  type SlaTarget,
  type SupportCalendar,
  type TimeWindow,
  type ValueType,
} from "./catalog.js";
import { pinWordings } from "./fact-rows.js";
import { Dec } from "./money.js";

/** A problem with a catalog document, at a path a person can find ("plans[1].pricing.percent"). */
export interface Problem {
  path: string;
  message: string;
  /** A warning is shown with the problems but does not keep the catalog from being published. */
  warning?: boolean;
}

type Raw = Record<string, unknown>;

/**
 * Reads an untrusted catalog document (JSON import, demo file, draft) into the typed
 * shape, filling defaults and accepting the short forms the demo files use (a cell as
 * its bare value). Shape problems are collected, not thrown; the rules of a consistent
 * catalog are checked by validateCatalog.
 */
class Reader {
  readonly problems: Problem[] = [];

  fail(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  obj(v: unknown, path: string): Raw {
    if (v !== null && typeof v === "object" && !Array.isArray(v)) return v as Raw;
    this.fail(path, "must be an object");
    return {};
  }

  list(v: unknown, path: string): unknown[] {
    if (v === undefined || v === null) return [];
    if (Array.isArray(v)) return v;
    this.fail(path, "must be a list");
    return [];
  }

  str(v: unknown, path: string): string {
    if (typeof v === "string" && v.trim() !== "") return v;
    this.fail(path, "must be a non-empty text");
    return "";
  }

  optStr(v: unknown, path: string): string | null {
    if (v === undefined || v === null || v === "") return null;
    if (typeof v === "string") return v;
    this.fail(path, "must be a text");
    return null;
  }

  strList(v: unknown, path: string): string[] {
    return this.list(v, path).map((s, i) => this.str(s, `${path}[${i}]`));
  }

  bool(v: unknown, path: string, fallback: boolean): boolean {
    if (v === undefined || v === null) return fallback;
    if (typeof v === "boolean") return v;
    this.fail(path, "must be true or false");
    return fallback;
  }

  int(v: unknown, path: string): number {
    if (typeof v === "number" && Number.isInteger(v)) return v;
    this.fail(path, "must be a whole number");
    return 0;
  }

  optInt(v: unknown, path: string): number | null {
    return v === undefined || v === null ? null : this.int(v, path);
  }

  /** Decimals are strings in the document, kept without trailing zeros ("12.50" -> "12.5");
   * whole numbers written as JSON numbers are taken too. */
  dec(v: unknown, path: string): string {
    if (typeof v === "number" && Number.isSafeInteger(v)) return String(v);
    if (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v)) return new Dec(v).toString();
    this.fail(path, `must be a decimal number written like "12.5"`);
    return "0";
  }

  optDec(v: unknown, path: string): string | null {
    return v === undefined || v === null ? null : this.dec(v, path);
  }

  oneOf<T extends string>(v: unknown, allowed: readonly T[], path: string, fallback?: T): T {
    if (v === undefined && fallback !== undefined) return fallback;
    if (typeof v === "string" && (allowed as readonly string[]).includes(v)) return v as T;
    this.fail(path, `must be one of ${allowed.join(", ")}`);
    return fallback ?? allowed[0];
  }
}

/** An optional price guidance: absent or null is none. */
function readGuidance(r: Reader, raw: unknown, path: string): PriceGuidance | null {
  if (raw === undefined || raw === null) return null;
  const g = r.obj(raw, path);
  return { floor: r.optDec(g.floor, `${path}.floor`) ?? "", listPrice: r.optDec(g.listPrice, `${path}.listPrice`) };
}

function readPricing(r: Reader, raw: Raw, path: string): PricingRule {
  const guidance = readGuidance(r, raw.guidance, `${path}.guidance`);
  return {
    kind: r.oneOf(raw.kind, PRICING_KINDS, `${path}.kind`),
    percent: r.optDec(raw.percent, `${path}.percent`),
    amount: r.optDec(raw.amount, `${path}.amount`),
    period: r.oneOf(raw.period, PERIODS, `${path}.period`, "YEAR"),
    minimum: r.optDec(raw.minimum, `${path}.minimum`),
    maximum: r.optDec(raw.maximum, `${path}.maximum`),
    packs: r.list(raw.packs, `${path}.packs`).map((p, i) => {
      const pack = r.obj(p, `${path}.packs[${i}]`);
      const guidance = readGuidance(r, pack.guidance, `${path}.packs[${i}].guidance`);
      return {
        credits: r.int(pack.credits, `${path}.packs[${i}].credits`),
        price: r.optDec(pack.price, `${path}.packs[${i}].price`),
        ...(guidance ? { guidance } : {}),
      };
    }),
    note: r.optStr(raw.note, `${path}.note`),
    editorNote: r.optStr(raw.editorNote, `${path}.editorNote`),
    ...(guidance ? { guidance } : {}),
  };
}

function readCalendar(r: Reader, v: unknown, path: string): SupportCalendar | null {
  if (v === undefined || v === null) return null;
  const raw = r.obj(v, path);
  return {
    zones: r.strList(raw.zones, `${path}.zones`),
    alwaysOpen: r.bool(raw.alwaysOpen, `${path}.alwaysOpen`, false),
    windows: r.list(raw.windows, `${path}.windows`).map((w, i): TimeWindow => {
      const win = r.obj(w, `${path}.windows[${i}]`);
      return {
        days: r.list(win.days, `${path}.windows[${i}].days`).map((d, j) => r.oneOf(d, WEEKDAYS, `${path}.windows[${i}].days[${j}]`)),
        start: r.str(win.start, `${path}.windows[${i}].start`),
        end: r.str(win.end, `${path}.windows[${i}].end`),
      };
    }),
    holidays: r.strList(raw.holidays, `${path}.holidays`),
    note: r.optStr(raw.note, `${path}.note`),
  };
}

function readPlan(r: Reader, v: unknown, path: string): Plan {
  const raw = r.obj(v, path);
  const slaRaw = raw.sla === undefined ? {} : r.obj(raw.sla, `${path}.sla`);
  const sla: Record<string, SlaTarget> = {};
  for (const [priority, t] of Object.entries(slaRaw)) {
    const target = r.obj(t, `${path}.sla.${priority}`);
    sla[priority] = {
      amount: r.dec(target.amount, `${path}.sla.${priority}.amount`),
      unit: r.oneOf(target.unit, SLA_UNITS, `${path}.sla.${priority}.unit`),
      note: r.optStr(target.note, `${path}.sla.${priority}.note`),
    };
  }
  return {
    key: r.str(raw.key, `${path}.key`),
    name: r.str(raw.name, `${path}.name`),
    tagline: r.optStr(raw.tagline, `${path}.tagline`),
    description: r.optStr(raw.description, `${path}.description`),
    forYouIf: r.strList(raw.forYouIf, `${path}.forYouIf`),
    availability: r.list(raw.availability ?? ["BASE"], `${path}.availability`).map((a, i) =>
      r.oneOf(a, AVAILABILITIES, `${path}.availability[${i}]`),
    ),
    addOnTo: r.strList(raw.addOnTo, `${path}.addOnTo`),
    includedWith: r.optStr(raw.includedWith, `${path}.includedWith`),
    pricing: readPricing(r, r.obj(raw.pricing, `${path}.pricing`), `${path}.pricing`),
    calendar: readCalendar(r, raw.calendar, `${path}.calendar`),
    limits: r.list(raw.limits, `${path}.limits`).map((l, i): EligibilityLimit => {
      const limit = r.obj(l, `${path}.limits[${i}]`);
      return {
        figure: r.oneOf(limit.figure, LIMIT_FIGURES, `${path}.limits[${i}].figure`),
        comparison: r.oneOf(limit.comparison, COMPARISONS, `${path}.limits[${i}].comparison`),
        value: r.dec(limit.value, `${path}.limits[${i}].value`),
      };
    }),
    requiresEdition: r.strList(raw.requiresEdition, `${path}.requiresEdition`),
    sla,
    authorizedContacts: r.optInt(raw.authorizedContacts, `${path}.authorizedContacts`),
    notes: r.strList(raw.notes, `${path}.notes`),
  };
}

function readCellValue(r: Reader, type: ValueType, v: unknown, path: string): CellValue {
  if (v === null || v === undefined) {
    if (type !== "SCHEDULE") r.fail(path, "must have a value (leave the cell out when the plan does not offer it)");
    return null;
  }
  switch (type) {
    case "BOOLEAN":
      if (typeof v === "boolean") return v;
      break;
    case "NUMBER":
      return r.dec(v, path);
    case "DURATION": {
      if (typeof v !== "object" || Array.isArray(v)) break;
      const d = v as Raw;
      return { amount: r.dec(d.amount, `${path}.amount`), unit: r.oneOf(d.unit, SLA_UNITS, `${path}.unit`) };
    }
    case "TEXT":
    case "SCHEDULE":
      if (typeof v === "string" && v.trim() !== "") return v;
      break;
    case "LIST":
      if (Array.isArray(v)) return r.strList(v, path);
      break;
  }
  const expected: Record<ValueType, string> = {
    BOOLEAN: "true or false",
    NUMBER: "a number",
    DURATION: "a duration { amount, unit }",
    TEXT: "a text",
    LIST: "a list of texts",
    SCHEDULE: "support hours as a text",
  };
  r.fail(path, `must be ${expected[type]}`);
  return null;
}

function readSource(r: Reader, v: unknown, path: string): FactSource | null {
  if (v === undefined || v === null) return null;
  const raw = r.obj(v, path);
  return {
    kind: r.oneOf(raw.kind, FACT_KINDS, `${path}.kind`),
    priorities: r.strList(raw.priorities, `${path}.priorities`),
  };
}

function readFeature(r: Reader, v: unknown, path: string): Feature {
  const raw = r.obj(v, path);
  const type = r.oneOf(raw.type, VALUE_TYPES, `${path}.type`, "BOOLEAN");
  const source = readSource(r, raw.source, `${path}.source`);
  const cellsRaw = raw.cells === undefined ? {} : r.obj(raw.cells, `${path}.cells`);
  const cells: Record<string, Cell> = {};
  for (const [plan, c] of Object.entries(cellsRaw)) {
    const cpath = `${path}.cells.${plan}`;
    const full = c !== null && typeof c === "object" && !Array.isArray(c) && ("value" in (c as Raw) || source !== null);
    if (full) {
      const cell = c as Raw;
      if (source !== null && cell.value !== undefined && cell.value !== null) {
        r.fail(`${cpath}.value`, "A derived row holds no values: each cell shows the plan's fact (give only its wording and notes)");
      }
      cells[plan] = {
        value: source !== null ? null : readCellValue(r, type, cell.value, `${cpath}.value`),
        text: r.optStr(cell.text, `${cpath}.text`),
        note: r.optStr(cell.note, `${cpath}.note`),
        editorNote: r.optStr(cell.editorNote, `${cpath}.editorNote`),
        shape: r.optStr(cell.shape, `${cpath}.shape`),
      };
    } else if (source !== null) {
      // The short form of a derived cell is its wording.
      cells[plan] = { value: null, text: r.optStr(c, cpath), note: null, editorNote: null, shape: null };
    } else {
      cells[plan] = { value: readCellValue(r, type, c, cpath), text: null, note: null, editorNote: null, shape: null };
    }
  }
  return {
    key: r.str(raw.key, `${path}.key`),
    label: r.str(raw.label, `${path}.label`),
    group: r.optStr(raw.group, `${path}.group`),
    type,
    unit: r.optStr(raw.unit, `${path}.unit`),
    note: r.optStr(raw.note, `${path}.note`),
    source,
    cells,
  };
}

function readCategory(r: Reader, v: unknown, path: string): RequestCategory {
  const raw = r.obj(v, path);
  const rule = r.obj(raw.rule, `${path}.rule`);
  const kind = r.oneOf(rule.kind, CREDIT_RULE_KINDS, `${path}.rule.kind`);
  const credit: CreditRule = {
    kind,
    credits: r.int(rule.credits, `${path}.rule.credits`),
    perStep: kind === "UPGRADE" ? r.int(rule.perStep, `${path}.rule.perStep`) : null,
    includedSteps: kind === "UPGRADE" ? r.int(rule.includedSteps, `${path}.rule.includedSteps`) : null,
  };
  return {
    key: r.str(raw.key, `${path}.key`),
    label: r.str(raw.label, `${path}.label`),
    description: r.optStr(raw.description, `${path}.description`),
    rule: credit,
    needsConfirmation: r.bool(raw.needsConfirmation, `${path}.needsConfirmation`, false),
  };
}

function readBand(r: Reader, v: unknown, path: string): GuaranteeBand {
  const raw = r.obj(v, path);
  return {
    min: r.dec(raw.min, `${path}.min`),
    minInclusive: r.bool(raw.minInclusive, `${path}.minInclusive`, true),
    max: r.optDec(raw.max, `${path}.max`),
    maxInclusive: r.bool(raw.maxInclusive, `${path}.maxInclusive`, false),
    days: r.int(raw.days, `${path}.days`),
    label: r.optStr(raw.label, `${path}.label`),
  };
}

export function readCatalog(input: unknown): { catalog: Catalog; problems: Problem[] } {
  const r = new Reader();
  const raw = r.obj(input, "catalog");
  const catalog: Catalog = {
    slug: r.str(raw.slug, "slug"),
    name: r.str(raw.name, "name"),
    currency: r.str(raw.currency, "currency"),
    description: r.optStr(raw.description, "description"),
    vendor: r.optStr(raw.vendor, "vendor"),
    licenseEditions: r.list(raw.licenseEditions, "licenseEditions").map((e, i) => {
      const ed = r.obj(e, `licenseEditions[${i}]`);
      return { key: r.str(ed.key, `licenseEditions[${i}].key`), label: r.str(ed.label, `licenseEditions[${i}].label`) };
    }),
    featureGroups: r.list(raw.featureGroups, "featureGroups").map((g, i) => {
      const grp = r.obj(g, `featureGroups[${i}]`);
      return { key: r.str(grp.key, `featureGroups[${i}].key`), label: r.str(grp.label, `featureGroups[${i}].label`) };
    }),
    plans: r.list(raw.plans, "plans").map((p, i) => readPlan(r, p, `plans[${i}]`)),
    features: r.list(raw.features, "features").map((f, i) => readFeature(r, f, `features[${i}]`)),
    exclusions: r.list(raw.exclusions, "exclusions").map((e, i): Exclusion => {
      const ex = r.obj(e, `exclusions[${i}]`);
      return {
        kind: r.oneOf(ex.kind, EXCLUSION_KINDS, `exclusions[${i}].kind`, "NOT_COVERED"),
        heading: r.optStr(ex.heading, `exclusions[${i}].heading`),
        text: r.str(ex.text, `exclusions[${i}].text`),
        plans: r.strList(ex.plans, `exclusions[${i}].plans`),
      };
    }),
    priorities: r.list(raw.priorities, "priorities").map((p, i): Priority => {
      const pr = r.obj(p, `priorities[${i}]`);
      return {
        key: r.str(pr.key, `priorities[${i}].key`),
        label: r.str(pr.label, `priorities[${i}].label`),
        definition: r.optStr(pr.definition, `priorities[${i}].definition`),
        examples: r.strList(pr.examples, `priorities[${i}].examples`),
      };
    }),
    requestCategories: r.list(raw.requestCategories, "requestCategories").map((c, i) => readCategory(r, c, `requestCategories[${i}]`)),
    guaranteeBands: r.list(raw.guaranteeBands, "guaranteeBands").map((b, i) => readBand(r, b, `guaranteeBands[${i}]`)),
    guaranteeNote: r.optStr(raw.guaranteeNote, "guaranteeNote"),
    notes: r.strList(raw.notes, "notes"),
    editorNotes: r.strList(raw.editorNotes, "editorNotes"),
  };
  pinWordings(catalog);
  return { catalog, problems: r.problems };
}
