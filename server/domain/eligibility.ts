import type { Catalog, Comparison, EligibilityLimit, LimitFigure, Plan } from "./catalog.js";
import { Dec, formatMoney, groupThousands, minorDigits } from "./money.js";

/** The customer's figures a plan's limits are checked against; a missing one is not checked. */
export interface Figures {
  agents?: number | null;
  bots?: number | null;
  projectBudget?: Dec | null;
  licensePrice?: Dec | null;
  licenseEdition?: string | null;
}

const COMPARISON_WORDS: Record<Comparison, string> = {
  LESS_THAN: "less than",
  AT_MOST: "at most",
  MORE_THAN: "more than",
  AT_LEAST: "at least",
};

function holds(comparison: Comparison, given: Dec, limit: Dec): boolean {
  switch (comparison) {
    case "LESS_THAN":
      return given.lt(limit);
    case "AT_MOST":
      return given.lte(limit);
    case "MORE_THAN":
      return given.gt(limit);
    case "AT_LEAST":
      return given.gte(limit);
  }
}

function given(figures: Figures, figure: LimitFigure): Dec | null {
  switch (figure) {
    case "AGENTS":
      return figures.agents == null ? null : new Dec(figures.agents);
    case "BOTS":
      return figures.bots == null ? null : new Dec(figures.bots);
    case "PROJECT_BUDGET":
      return figures.projectBudget ?? null;
    case "LICENSE_PRICE":
      return figures.licensePrice ?? null;
  }
}

/** A limit in words: "less than 10 agents", "a project budget of at least 25,000.00 USD". */
export function describeLimit(limit: EligibilityLimit, currency: string): string {
  const words = COMPARISON_WORDS[limit.comparison];
  switch (limit.figure) {
    case "AGENTS":
      return `${words} ${limit.value} ${limit.value === "1" ? "agent" : "agents"}`;
    case "BOTS":
      return `${words} ${limit.value} ${limit.value === "1" ? "bot" : "bots"}`;
    case "PROJECT_BUDGET":
      return `a project budget of ${words} ${money(limit.value, currency)}`;
    case "LICENSE_PRICE":
      return `a license price of ${words} ${money(limit.value, currency)}`;
  }
}

function money(value: string | Dec, currency: string): string {
  return `${groupThousands(formatMoney(new Dec(value), minorDigits(currency)))} ${currency}`;
}

function describeGiven(figure: LimitFigure, value: Dec, currency: string): string {
  return figure === "AGENTS" || figure === "BOTS" ? value.toString() : money(value, currency);
}

/**
 * Why a plan does not fit the customer's figures, in words; empty when it fits. Only the
 * figures given are checked: a missing figure never makes a plan ineligible.
 */
export function ineligibilityReasons(catalog: Catalog, plan: Plan, figures: Figures): string[] {
  const reasons: string[] = [];
  for (const limit of plan.limits) {
    const value = given(figures, limit.figure);
    if (value === null || holds(limit.comparison, value, new Dec(limit.value))) continue;
    reasons.push(
      `${plan.name} is for ${describeLimit(limit, catalog.currency)}; ${describeGiven(limit.figure, value, catalog.currency)} given`,
    );
  }
  const edition = figures.licenseEdition;
  if (edition != null && plan.requiresEdition.length > 0 && !plan.requiresEdition.includes(edition)) {
    const label = (key: string) => catalog.licenseEditions.find((e) => e.key === key)?.label ?? key;
    reasons.push(
      `${plan.name} is sold with ${plan.requiresEdition.map(label).join(" or ")} licenses; the customer has ${label(edition)}`,
    );
  }
  return reasons;
}
