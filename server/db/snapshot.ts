import { randomUUID } from "node:crypto";
import { In, type EntityManager, type ObjectLiteral } from "typeorm";
import type { Catalog, Cell, Plan, PriceGuidance, SlaTarget } from "../domain/catalog.js";
import { CatalogVersionEntity } from "./entities/catalog-version.entity.js";
import { FeatureCellEntity, FeatureEntity, FeatureGroupEntity } from "./entities/matrix.entities.js";
import {
  CreditPackEntity,
  EligibilityLimitEntity,
  PlanEntity,
  PricingRuleEntity,
  SupportCalendarEntity,
} from "./entities/plan.entities.js";
import {
  ExclusionEntity,
  GuaranteeBandEntity,
  PriorityEntity,
  RequestCategoryEntity,
  SlaTargetEntity,
} from "./entities/terms.entities.js";

/** A published version: its number and when it was published, with its full catalog document. */
export interface PublishedVersion {
  id: string;
  catalogId: string;
  number: number;
  publishedAt: Date;
  publishedBy: string | null;
  catalog: Catalog;
}

/** Numeric columns come back with the column's scale ("10.0000"); documents hold decimals
 * without trailing zeros ("10"), as the catalog reader writes them. */
function trim(value: string): string;
function trim(value: string | null): string | null;
function trim(value: string | null): string | null {
  if (value === null || !value.includes(".")) return value;
  return value.replace(/0+$/, "").replace(/\.$/, "");
}

/** PostgreSQL takes at most 65,535 parameters in one statement; a 30 x 500 matrix has 15,000 cells. */
const MAX_PARAMETERS = 60_000;

async function insertAll<T extends ObjectLiteral>(db: EntityManager, entity: new () => T, rows: T[]): Promise<void> {
  const batch = Math.max(1, Math.floor(MAX_PARAMETERS / db.connection.getMetadata(entity).columns.length));
  for (let i = 0; i < rows.length; i += batch) await db.insert(entity, rows.slice(i, i + batch) as never);
}

/** Writes a catalog document as a new published version, in one statement per table. */
/** A stored guidance as the document holds it: present only when there is one. */
function guidanceOf(floor: string | null, listPrice: string | null): { guidance?: PriceGuidance } {
  return floor === null ? {} : { guidance: { floor: trim(floor)!, listPrice: trim(listPrice) } };
}

export async function writeVersion(
  db: EntityManager,
  args: { catalogId: string; number: number; catalog: Catalog; publishedBy: string | null; publishedAt: Date },
): Promise<string> {
  const { catalog } = args;
  const versionId = randomUUID();
  await db.insert(CatalogVersionEntity, {
    id: versionId,
    catalogId: args.catalogId,
    number: args.number,
    slug: catalog.slug,
    name: catalog.name,
    currency: catalog.currency,
    description: catalog.description,
    vendor: catalog.vendor,
    licenseEditions: catalog.licenseEditions,
    guaranteeNote: catalog.guaranteeNote,
    notes: catalog.notes,
    editorNotes: catalog.editorNotes,
    publishedAt: args.publishedAt,
    publishedBy: args.publishedBy,
  });
  const planIds = new Map(catalog.plans.map((p) => [p.key, randomUUID()]));
  const plans = catalog.plans.map((p, position) => ({
    id: planIds.get(p.key)!,
    versionId,
    position,
    key: p.key,
    name: p.name,
    tagline: p.tagline,
    description: p.description,
    forYouIf: p.forYouIf,
    availability: p.availability,
    addOnTo: p.addOnTo,
    includedWith: p.includedWith,
    requiresEdition: p.requiresEdition,
    authorizedContacts: p.authorizedContacts,
    notes: p.notes,
  }));
  await insertAll(db, PlanEntity, plans);
  await insertAll(
    db,
    PricingRuleEntity,
    catalog.plans.map((p) => ({
      id: randomUUID(),
      planId: planIds.get(p.key)!,
      kind: p.pricing.kind,
      percent: p.pricing.percent,
      amount: p.pricing.amount,
      period: p.pricing.period,
      minimum: p.pricing.minimum,
      maximum: p.pricing.maximum,
      note: p.pricing.note,
      editorNote: p.pricing.editorNote,
      guidanceFloor: p.pricing.guidance?.floor ?? null,
      guidanceListPrice: p.pricing.guidance?.listPrice ?? null,
    })),
  );
  await insertAll(
    db,
    CreditPackEntity,
    catalog.plans.flatMap((p) =>
      p.pricing.packs.map((pack, position) => ({
        id: randomUUID(),
        planId: planIds.get(p.key)!,
        position,
        credits: pack.credits,
        price: pack.price,
        guidanceFloor: pack.guidance?.floor ?? null,
        guidanceListPrice: pack.guidance?.listPrice ?? null,
      })),
    ),
  );
  await insertAll(
    db,
    SupportCalendarEntity,
    catalog.plans.flatMap((p) =>
      p.calendar
        ? [{ id: randomUUID(), planId: planIds.get(p.key)!, ...p.calendar }]
        : [],
    ),
  );
  await insertAll(
    db,
    EligibilityLimitEntity,
    catalog.plans.flatMap((p) => p.limits.map((l, position) => ({ id: randomUUID(), planId: planIds.get(p.key)!, position, ...l }))),
  );
  await insertAll(
    db,
    FeatureGroupEntity,
    catalog.featureGroups.map((g, position) => ({ id: randomUUID(), versionId, position, key: g.key, label: g.label })),
  );
  const featureIds = catalog.features.map(() => randomUUID());
  await insertAll(
    db,
    FeatureEntity,
    catalog.features.map((f, position) => ({
      id: featureIds[position],
      versionId,
      position,
      key: f.key,
      label: f.label,
      groupKey: f.group,
      valueType: f.type,
      unit: f.unit,
      note: f.note,
      sourceKind: f.source?.kind ?? null,
      sourcePriorities: f.source?.priorities ?? [],
    })),
  );
  await insertAll(
    db,
    FeatureCellEntity,
    catalog.features.flatMap((f, i) =>
      Object.entries(f.cells).map(([planKey, cell]) => ({
        id: randomUUID(),
        featureId: featureIds[i],
        planId: planIds.get(planKey)!,
        value: { v: cell.value },
        text: cell.text,
        note: cell.note,
        editorNote: cell.editorNote,
        shape: cell.shape,
      })),
    ),
  );
  await insertAll(
    db,
    ExclusionEntity,
    catalog.exclusions.map((e, position) => ({
      id: randomUUID(),
      versionId,
      position,
      kind: e.kind,
      heading: e.heading,
      text: e.text,
      planKeys: e.plans,
    })),
  );
  await insertAll(
    db,
    PriorityEntity,
    catalog.priorities.map((p, position) => ({ id: randomUUID(), versionId, position, ...p })),
  );
  let targetPosition = 0;
  await insertAll(
    db,
    SlaTargetEntity,
    catalog.plans.flatMap((p) =>
      Object.entries(p.sla).map(([priorityKey, t]) => ({
        id: randomUUID(),
        versionId,
        position: targetPosition++,
        planId: planIds.get(p.key)!,
        priorityKey,
        amount: t.amount,
        unit: t.unit,
        note: t.note,
      })),
    ),
  );
  await insertAll(
    db,
    RequestCategoryEntity,
    catalog.requestCategories.map((c, position) => ({
      id: randomUUID(),
      versionId,
      position,
      key: c.key,
      label: c.label,
      description: c.description,
      creditKind: c.rule.kind,
      credits: c.rule.credits,
      perStep: c.rule.perStep,
      includedSteps: c.rule.includedSteps,
      needsConfirmation: c.needsConfirmation,
    })),
  );
  await insertAll(
    db,
    GuaranteeBandEntity,
    catalog.guaranteeBands.map((b, position) => ({ id: randomUUID(), versionId, position, ...b })),
  );
  return versionId;
}

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

const byPosition = { position: "ASC" } as const;

/**
 * Reads published versions back as catalog documents. The number of statements is fixed
 * (one per table) however many versions, plans or rows are read.
 */
export async function readVersions(db: EntityManager, versionIds: readonly string[]): Promise<Map<string, PublishedVersion>> {
  const result = new Map<string, PublishedVersion>();
  if (versionIds.length === 0) return result;
  const ids = In([...versionIds]);
  const versions = await db.find(CatalogVersionEntity, { where: { id: ids } });
  const plans = await db.find(PlanEntity, { where: { versionId: ids }, order: byPosition });
  const planIds = In(plans.map((p) => p.id));
  // One after another: inside a transaction they share one connection, which takes one query at a time.
  const rules = await db.find(PricingRuleEntity, { where: { planId: planIds } });
  const packs = await db.find(CreditPackEntity, { where: { planId: planIds }, order: byPosition });
  const calendars = await db.find(SupportCalendarEntity, { where: { planId: planIds } });
  const limits = await db.find(EligibilityLimitEntity, { where: { planId: planIds }, order: byPosition });
  const groups = await db.find(FeatureGroupEntity, { where: { versionId: ids }, order: byPosition });
  const features = await db.find(FeatureEntity, { where: { versionId: ids }, order: byPosition });
  const exclusions = await db.find(ExclusionEntity, { where: { versionId: ids }, order: byPosition });
  const priorities = await db.find(PriorityEntity, { where: { versionId: ids }, order: byPosition });
  const targets = await db.find(SlaTargetEntity, { where: { versionId: ids }, order: byPosition });
  const categories = await db.find(RequestCategoryEntity, { where: { versionId: ids }, order: byPosition });
  const bands = await db.find(GuaranteeBandEntity, { where: { versionId: ids }, order: byPosition });
  const cells = await db.find(FeatureCellEntity, { where: { featureId: In(features.map((f) => f.id)) } });

  const planKey = new Map(plans.map((p) => [p.id, p.key]));
  const ruleByPlan = new Map(rules.map((r) => [r.planId, r]));
  const calendarByPlan = new Map(calendars.map((c) => [c.planId, c]));
  const packsByPlan = groupBy(packs, (p) => p.planId);
  const limitsByPlan = groupBy(limits, (l) => l.planId);
  const targetsByPlan = groupBy(targets, (t) => t.planId);
  const cellsByFeature = groupBy(cells, (c) => c.featureId);
  const plansByVersion = groupBy(plans, (p) => p.versionId);
  const groupsByVersion = groupBy(groups, (g) => g.versionId);
  const featuresByVersion = groupBy(features, (f) => f.versionId);
  const exclusionsByVersion = groupBy(exclusions, (e) => e.versionId);
  const prioritiesByVersion = groupBy(priorities, (p) => p.versionId);
  const categoriesByVersion = groupBy(categories, (c) => c.versionId);
  const bandsByVersion = groupBy(bands, (b) => b.versionId);

  const toPlan = (p: PlanEntity): Plan => {
    const rule = ruleByPlan.get(p.id)!;
    const calendar = calendarByPlan.get(p.id);
    const sla: Record<string, SlaTarget> = {};
    for (const t of targetsByPlan.get(p.id) ?? []) sla[t.priorityKey] = { amount: trim(t.amount), unit: t.unit, note: t.note };
    return {
      key: p.key,
      name: p.name,
      tagline: p.tagline,
      description: p.description,
      forYouIf: p.forYouIf,
      availability: p.availability,
      addOnTo: p.addOnTo,
      includedWith: p.includedWith,
      pricing: {
        kind: rule.kind,
        percent: trim(rule.percent),
        amount: trim(rule.amount),
        period: rule.period,
        minimum: trim(rule.minimum),
        maximum: trim(rule.maximum),
        packs: (packsByPlan.get(p.id) ?? []).map((pack) => ({
          credits: pack.credits,
          price: trim(pack.price),
          ...guidanceOf(pack.guidanceFloor, pack.guidanceListPrice),
        })),
        note: rule.note,
        editorNote: rule.editorNote,
        ...guidanceOf(rule.guidanceFloor, rule.guidanceListPrice),
      },
      calendar: calendar
        ? { zones: calendar.zones, alwaysOpen: calendar.alwaysOpen, windows: calendar.windows, holidays: calendar.holidays, note: calendar.note }
        : null,
      limits: (limitsByPlan.get(p.id) ?? []).map((l) => ({
        figure: l.figure,
        comparison: l.comparison,
        value: trim(l.value),
      })),
      requiresEdition: p.requiresEdition,
      sla,
      authorizedContacts: p.authorizedContacts,
      notes: p.notes,
    };
  };

  for (const v of versions) {
    result.set(v.id, {
      id: v.id,
      catalogId: v.catalogId,
      number: v.number,
      publishedAt: v.publishedAt,
      publishedBy: v.publishedBy,
      catalog: {
        slug: v.slug,
        name: v.name,
        currency: v.currency,
        description: v.description,
        vendor: v.vendor,
        licenseEditions: v.licenseEditions,
        featureGroups: (groupsByVersion.get(v.id) ?? []).map((g) => ({ key: g.key, label: g.label })),
        plans: (plansByVersion.get(v.id) ?? []).map(toPlan),
        features: (featuresByVersion.get(v.id) ?? []).map((f) => {
          const cellMap: Record<string, Cell> = {};
          for (const c of cellsByFeature.get(f.id) ?? []) {
            cellMap[planKey.get(c.planId)!] = { value: c.value.v, text: c.text, note: c.note, editorNote: c.editorNote, shape: c.shape };
          }
          const source = f.sourceKind ? { kind: f.sourceKind, priorities: f.sourcePriorities } : null;
          return { key: f.key, label: f.label, group: f.groupKey, type: f.valueType, unit: f.unit, note: f.note, source, cells: cellMap };
        }),
        exclusions: (exclusionsByVersion.get(v.id) ?? []).map((e) => ({ kind: e.kind, heading: e.heading, text: e.text, plans: e.planKeys })),
        priorities: (prioritiesByVersion.get(v.id) ?? []).map((p) => ({ key: p.key, label: p.label, definition: p.definition, examples: p.examples })),
        requestCategories: (categoriesByVersion.get(v.id) ?? []).map((c) => ({
          key: c.key,
          label: c.label,
          description: c.description,
          rule: { kind: c.creditKind, credits: c.credits, perStep: c.perStep, includedSteps: c.includedSteps },
          needsConfirmation: c.needsConfirmation,
        })),
        guaranteeBands: (bandsByVersion.get(v.id) ?? []).map((b) => ({
          min: trim(b.min),
          minInclusive: b.minInclusive,
          max: trim(b.max),
          maxInclusive: b.maxInclusive,
          days: b.days,
          label: b.label,
        })),
        guaranteeNote: v.guaranteeNote,
        notes: v.notes,
        editorNotes: v.editorNotes,
      },
    });
  }
  return result;
}
