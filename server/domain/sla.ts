import { findPlan, type Catalog } from "./catalog.js";
import { badInput, notFound } from "./errors.js";
import { describeTarget, dueAt } from "./sla-clock.js";
import { isZoneError, parseZone } from "./zones.js";

export interface SlaDueInput {
  planKey: string;
  priorityKey: string;
  submittedAt: Date;
  /** IANA name or fixed offset; one of the zones the plan's calendar offers (any zone on a 24/7 calendar). */
  timeZone?: string | null;
}

export interface SlaDue {
  dueAt: Date;
  target: string;
  timeZone: string;
  businessHours: boolean;
}

/** When the first response to a request is due under a plan's SLA. */
export function slaDueAt(catalog: Catalog, input: SlaDueInput): SlaDue {
  const plan = findPlan(catalog, input.planKey);
  if (!plan) throw notFound(`${catalog.name} has no plan "${input.planKey}"`, "planKey");
  const priority = catalog.priorities.find((p) => p.key === input.priorityKey);
  if (!priority) {
    const known = catalog.priorities.map((p) => p.key).join(", ") || "none";
    throw notFound(`${catalog.name} has no priority "${input.priorityKey}" (priorities: ${known})`, "priorityKey");
  }
  const target = plan.sla[priority.key];
  if (!target) throw badInput(`${plan.name} has no response-time target for ${priority.label}`, "priorityKey");
  if (Number.isNaN(input.submittedAt.getTime())) throw badInput("submittedAt is not an instant", "submittedAt");

  const calendar = plan.calendar ?? { alwaysOpen: true, windows: [], holidays: [], zones: ["UTC"], note: null };
  const offered = calendar.zones.length > 0 ? calendar.zones : ["UTC"];
  const requested = parseZone(input.timeZone ?? offered[0]);
  if (isZoneError(requested)) throw badInput(`timeZone: ${requested.error}`, "timeZone");
  if (!calendar.alwaysOpen && !offered.includes(requested.name)) {
    throw badInput(`${plan.name} offers support hours in ${offered.join(", ")}; "${input.timeZone}" is not one of them`, "timeZone");
  }
  return {
    dueAt: dueAt(calendar, target, input.submittedAt, requested.zone),
    target: describeTarget(target),
    timeZone: requested.name,
    businessHours: target.unit === "BUSINESS_HOURS" && !calendar.alwaysOpen,
  };
}
