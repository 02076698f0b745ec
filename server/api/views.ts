import type { Catalog as CatalogDoc, PriceGuidance as PriceGuidanceDoc } from "../domain/catalog.js";
import { comparisonRows } from "../domain/comparison-rows.js";
import { describeCalendar } from "../domain/display.js";
import { describeLimit } from "../domain/eligibility.js";
import { describeRule, describeSource, featureCellDisplay } from "../domain/fact-rows.js";
import { Dec, formatMoney, minorDigits } from "../domain/money.js";
import { addOnsFor, catalogFigures, isPricedOnRequest, isTier, planFigures } from "../domain/plan-rules.js";
import { describeTarget } from "../domain/sla-clock.js";
import type { PublishedVersion } from "../db/snapshot.js";
import type { CatalogView, PricingRule } from "./types/catalog.type.js";

function moneyOf(digits: number) {
  return (value: string | null) => (value === null ? null : formatMoney(new Dec(value), digits));
}

function creditsText(rule: CatalogDoc["requestCategories"][number]["rule"]): string {
  if (rule.kind === "FROM") return `from ${rule.credits} credits`;
  if (rule.kind === "UPGRADE") {
    return `${rule.credits} credits within ${rule.includedSteps} patch versions, then ${rule.perStep} credits per further version`;
  }
  return `${rule.credits} credits`;
}

/** Formats a published version for the API: money with the currency's minor digits, cells as read. */
export function toCatalogView(version: PublishedVersion): CatalogView {
  const c = version.catalog;
  const money = moneyOf(minorDigits(c.currency));
  const guidance = (g: PriceGuidanceDoc | null | undefined) => (g ? { floor: money(g.floor)!, listPrice: money(g.listPrice) } : null);
  return {
    name: c.name,
    currency: c.currency,
    description: c.description,
    vendor: c.vendor,
    publishedAt: version.publishedAt,
    plans: c.plans.map((p, position) => ({
      key: p.key,
      name: p.name,
      position,
      tagline: p.tagline,
      description: p.description,
      forYouIf: p.forYouIf,
      availability: p.availability,
      addOnTo: p.addOnTo,
      includedWith: p.includedWith,
      pricing: {
        kind: p.pricing.kind,
        percent: p.pricing.percent,
        amount: money(p.pricing.amount),
        period: p.pricing.period,
        minimum: money(p.pricing.minimum),
        maximum: money(p.pricing.maximum),
        packs: p.pricing.packs.map((pack) => ({ credits: pack.credits, price: money(pack.price), guidance: guidance(pack.guidance) })),
        note: p.pricing.note,
        editorNote: p.pricing.editorNote,
        guidance: guidance(p.pricing.guidance),
        summary: describeRule(p.pricing, c.currency),
      } satisfies PricingRule,
      calendar: p.calendar ? { ...p.calendar, summary: describeCalendar(p.calendar) } : null,
      limits: p.limits.map((l) => ({ ...l, text: describeLimit(l, c.currency) })),
      requiresEdition: p.requiresEdition,
      slaTargets: c.priorities
        .filter((pr) => p.sla[pr.key])
        .map((pr) => ({ priorityKey: pr.key, ...p.sla[pr.key], text: describeTarget(p.sla[pr.key]) })),
      authorizedContacts: p.authorizedContacts,
      notes: p.notes,
      isTier: isTier(p),
      addOnKeys: addOnsFor(c, p).map((a) => a.key),
      pricedOnRequest: isPricedOnRequest(p),
      figures: planFigures(p),
    })),
    featureGroups: c.featureGroups,
    features: c.features.map((f) => ({
      key: f.key,
      label: f.label,
      group: f.group,
      valueType: f.type,
      unit: f.unit,
      note: f.note,
      source: f.source ? { kind: f.source.kind, priorityKeys: f.source.priorities, summary: describeSource(c, f) } : null,
      cells: c.plans.map((p) => ({
        planKey: p.key,
        display: featureCellDisplay(c, f, p),
        note: f.cells[p.key]?.note ?? null,
        editorNote: f.cells[p.key]?.editorNote ?? null,
      })),
    })),
    comparisonRows: comparisonRows(c),
    exclusions: c.exclusions.map((e) => ({ text: e.text, planKeys: e.plans, kind: e.kind, heading: e.heading })),
    priorities: c.priorities,
    guaranteeBands: c.guaranteeBands.map((b) => ({ ...b, min: money(b.min)!, max: money(b.max) })),
    guaranteeNote: c.guaranteeNote,
    requestCategories: c.requestCategories.map((rc) => ({
      key: rc.key,
      label: rc.label,
      description: rc.description,
      creditKind: rc.rule.kind,
      credits: rc.rule.credits,
      perStep: rc.rule.perStep,
      includedSteps: rc.rule.includedSteps,
      needsConfirmation: rc.needsConfirmation,
      creditsText: creditsText(rc.rule),
    })),
    licenseEditions: c.licenseEditions,
    notes: c.notes,
    editorNotes: c.editorNotes,
    figures: catalogFigures(c),
  };
}
