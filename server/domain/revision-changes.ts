import { groupThousands } from "./money.js";
import type { ComputedOption, ComputedQuote, QuoteFigures } from "./quote.js";

/** The parts of a quote its customer sees, for telling them what a revision changed. */
export interface SeenQuote {
  figures: QuoteFigures;
  validUntil: string | null;
  computed: ComputedQuote;
}

const FIGURES: [keyof QuoteFigures, string][] = [
  ["licensePrice", "License price"],
  ["projectBudget", "Project budget"],
  ["termYears", "Term (years)"],
  ["goLiveDate", "Go-live date"],
  ["agents", "Agents"],
  ["bots", "Bots"],
  ["licenseEdition", "License edition"],
];

const show = (v: unknown) => (v === null || v === undefined ? "none" : String(v));

function optionName(o: ComputedOption, i: number): string {
  return o.label ? `${o.label} (${o.planName})` : o.planName || `option ${i + 1}`;
}

function optionChanges(a: ComputedOption, b: ComputedOption, name: string, money: (v: string | null) => string): string[] {
  const out: string[] = [];
  if (a.planKey !== b.planKey) out.push(`${name}: plan ${a.planName} → ${b.planName}`);
  const before = new Map(a.lines.map((l) => [l.key, l]));
  const after = new Map(b.lines.map((l) => [l.key, l]));
  for (const l of b.lines) {
    const old = before.get(l.key);
    if (!old) out.push(`${name}: added ${l.label}, ${money(l.amount)}`);
    else if (old.amount !== l.amount) out.push(`${name}: ${l.label} ${money(old.amount)} → ${money(l.amount)}`);
    else if (old.label !== l.label) out.push(`${name}: "${old.label}" now reads "${l.label}"`);
  }
  for (const l of a.lines) if (!after.has(l.key)) out.push(`${name}: removed ${l.label}`);
  if (a.total !== b.total) out.push(`${name}: total ${money(a.total)} → ${money(b.total)}`);
  const targets = (o: ComputedOption) => o.sla.flatMap((s) => s.targets.map((t) => `${s.planName} ${t.priorityLabel}: ${t.target}`));
  const [ta, tb] = [targets(a), targets(b)];
  for (const t of tb) if (!ta.includes(t)) out.push(`${name}: response target ${t}`);
  const clauses = (o: ComputedOption) => o.exclusions.map((e) => e.text);
  const [ca, cb] = [clauses(a), clauses(b)];
  for (const c of cb) if (!ca.includes(c)) out.push(`${name}: new term: ${c}`);
  for (const c of ca) if (!cb.includes(c)) out.push(`${name}: term no longer applies: ${c}`);
  return out;
}

/**
 * What changed between the version of a quote its customer last saw and a revision, in
 * words: figures, validity, guarantee dates, and per option its plan, lines, prices, total,
 * response targets and terms. Never internal fields (discount reasons, approvals).
 */
export function revisionChanges(seen: SeenQuote, next: SeenQuote): string[] {
  const currency = next.computed.currency;
  const money = (v: string | null) => (v === null ? "price on request" : `${groupThousands(v)} ${currency}`);
  const out: string[] = [];
  for (const [key, label] of FIGURES) {
    if (show(seen.figures[key]) !== show(next.figures[key])) out.push(`${label}: ${show(seen.figures[key])} → ${show(next.figures[key])}`);
  }
  if (seen.validUntil !== next.validUntil) out.push(`Valid until: ${show(seen.validUntil)} → ${show(next.validUntil)}`);
  const ga = seen.computed.guarantee;
  const gb = next.computed.guarantee;
  const g = (x: typeof ga) => (x ? `${x.days} days${x.startsOn ? ` (${x.startsOn} to ${x.endsOn})` : ""}` : "none");
  if (g(ga) !== g(gb)) out.push(`Free guarantee: ${g(ga)} → ${g(gb)}`);
  const n = Math.max(seen.computed.options.length, next.computed.options.length);
  for (let i = 0; i < n; i++) {
    const a = seen.computed.options[i];
    const b = next.computed.options[i];
    if (!a) out.push(`New option ${optionName(b, i)}: ${money(b.total)}`);
    else if (!b) out.push(`Option ${optionName(a, i)} was withdrawn`);
    else out.push(...optionChanges(a, b, n > 1 ? optionName(b, i) : "The plan", money));
  }
  return out;
}
