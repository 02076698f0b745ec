import { createHash } from "node:crypto";
import { canonical } from "./catalog-diff.js";
import { findPlan, type Catalog } from "./catalog.js";
import { badInput } from "./errors.js";
import type { ComputedQuote, ExclusionInForce, QuoteFigures } from "./quote.js";

/*
 * What a customer agrees to when accepting a quote: one option, the clauses shown for it
 * (read and acknowledged), the people who may open support cases, their typed name; and a
 * digest of the quote as they saw it, so either side can later show what was agreed.
 */

export interface AuthorizedContact {
  name: string;
  email: string;
}

const KIND_WORDS: Record<ExclusionInForce["kind"], string> = {
  NOT_COVERED: "Not covered",
  NOT_INCLUDED: "Not included",
  WARRANTY_VOID: "Voids the warranty",
};

/** Where the vendor's own words already say what a clause is ("… DOES NOT COVER", "does not provide", "warranty always declines"). */
const SAYS_ITSELF: Record<ExclusionInForce["kind"], RegExp> = {
  NOT_COVERED: /\b(not|never)\s+(cover|provide|include|get)/i,
  NOT_INCLUDED: /\b(not|never)\s+(cover|provide|include|get)/i,
  WARRANTY_VOID: /warrant(y|ies)\b.*\b(void|declin)|\b(void|declin)\w*\b.*\bwarrant(y|ies)/i,
};

/**
 * The exclusions and warranty clauses an option is bound by, each as the customer reads and
 * acknowledges it: the vendor's heading and words, after our label of the kind unless the
 * vendor's words already say it ("Not covered: The post-project guarantee DOES NOT COVER …"
 * would say it twice).
 */
export function clauseTexts(exclusions: readonly ExclusionInForce[]): string[] {
  return exclusions.map((e) => {
    const words = `${e.heading ? `${e.heading}: ` : ""}${e.text}`;
    return SAYS_ITSELF[e.kind]?.test(words) ? words : `${KIND_WORDS[e.kind] ?? "Excluded"}: ${words}`;
  });
}

/** How many authorized contacts the plan allows (its structured fact); null when the catalog sets no number. */
export function contactLimit(catalog: Catalog, planKey: string): number | null {
  return findPlan(catalog, planKey)?.authorizedContacts ?? null;
}

export interface AcceptanceInput {
  option: number | null;
  acknowledged: boolean;
  contacts: AuthorizedContact[];
  name: string;
}

const MAX_NAME = 200;

/** The name the customer types to accept, trimmed; refused when empty or too long. */
export function typedName(text: string): string {
  const name = text.trim();
  if (!name) throw badInput("Type your name to accept", "name");
  if (name.length > MAX_NAME) throw badInput(`The name is at most ${MAX_NAME} characters`, "name");
  return name;
}

/**
 * Checks a customer's acceptance against the quote: the option must be chosen when there are
 * alternatives (nothing is picked for them), the clauses acknowledged, the contacts within the
 * plan's number. Emails are checked by the caller, which owns the address rules.
 */
export function checkAcceptance(catalog: Catalog, computed: ComputedQuote, input: AcceptanceInput): { option: number; name: string; limit: number | null } {
  const n = computed.options.length;
  const labels = computed.options.map((o, i) => o.label ?? `option ${i + 1}`);
  let option = input.option;
  if (option === null) {
    if (n > 1) throw badInput(`Choose one of the options (${labels.join(", ")}) before accepting`, "option");
    option = 0;
  }
  if (!Number.isInteger(option) || option < 0 || option >= n) {
    throw badInput(n === 1 ? "This quote has one option: 0" : `Pick one of the ${n} options (0 to ${n - 1})`, "option");
  }
  const chosen = computed.options[option];
  const name = typedName(input.name);
  if (!input.acknowledged) {
    throw badInput(`Confirm that you have read the exclusions and warranty clauses of ${chosen.planName} before accepting`, "acknowledged");
  }
  const limit = contactLimit(catalog, chosen.planKey);
  if (limit !== null && input.contacts.length > limit) {
    throw badInput(
      `${catalog.name} ${chosen.planName} allows at most ${limit} authorized ${limit === 1 ? "contact" : "contacts"}; you named ${input.contacts.length}`,
      "contacts",
      { limit },
    );
  }
  input.contacts.forEach((c, i) => {
    if (!c.name.trim()) throw badInput(`Give the name of authorized contact ${i + 1}`, `contacts[${i}].name`);
    if (c.name.trim().length > MAX_NAME) throw badInput(`A contact's name is at most ${MAX_NAME} characters`, `contacts[${i}].name`);
  });
  return { option, name, limit };
}

/** The quote as its customer saw it through the link, the part of it an acceptance agrees to. */
export interface QuoteFace {
  number: string;
  catalogName: string;
  catalogVersion: number;
  customer: { company: string; name: string; email: string };
  figures: QuoteFigures;
  timeZone: string;
  validUntil: string | null;
  priceToBeAgreed: boolean;
  computed: ComputedQuote;
}

/** The canonical JSON (keys sorted) of what was accepted, and its SHA-256 in hex. */
export function contentDigest(face: QuoteFace, option: number): { content: string; digest: string } {
  const content = canonical({ ...face, acceptedOption: option });
  return { content, digest: createHash("sha256").update(content).digest("hex") };
}
