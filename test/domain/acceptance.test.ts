import { describe, expect, it } from "vitest";
import { clauseTexts } from "../../server/domain/acceptance.js";
import type { ExclusionInForce } from "../../server/domain/quote.js";

const clause = (kind: ExclusionInForce["kind"], heading: string | null, text: string): ExclusionInForce => ({ kind, heading, text, planKeys: [] });

describe("clauseTexts: each clause as the customer acknowledges it", () => {
  it.each([
    // The vendor's words say what the clause is: no label repeats them.
    [clause("NOT_COVERED", "The post-project guarantee DOES NOT COVER issues caused by", "client errors"), "The post-project guarantee DOES NOT COVER issues caused by: client errors"],
    [clause("NOT_INCLUDED", "Pro license support does not provide", "A dedicated Account manager"), "Pro license support does not provide: A dedicated Account manager"],
    [clause("NOT_INCLUDED", "What does Configuration Support not include?", "Fixing bugs"), "What does Configuration Support not include?: Fixing bugs"],
    [clause("NOT_COVERED", "Source code modifications warranty", "We never provide support for modified versions of our software."), "Source code modifications warranty: We never provide support for modified versions of our software."],
    [
      clause("WARRANTY_VOID", "Source code modifications warranty", "For the paid Support Packages, warranty always declines on modified components"),
      "Source code modifications warranty: For the paid Support Packages, warranty always declines on modified components",
    ],
    // They do not: our label of the kind comes first.
    [clause("NOT_COVERED", "Business processes", "Support only gives the initial consultation"), "Not covered: Business processes: Support only gives the initial consultation"],
    [clause("NOT_INCLUDED", "Integration Support", "A connector that is not part of your subscription is charged separately"), "Not included: Integration Support: A connector that is not part of your subscription is charged separately"],
    [clause("WARRANTY_VOID", null, "Modified components"), "Voids the warranty: Modified components"],
    [clause("NOT_COVERED", null, "Hardware"), "Not covered: Hardware"],
  ])("%o reads %j", (exclusion, words) => {
    expect(clauseTexts([exclusion])).toEqual([words]);
  });
});
