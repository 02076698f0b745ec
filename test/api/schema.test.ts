import "reflect-metadata";
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { createSchema, printSchemaFile } from "../../server/api/schema.js";

describe("schema/schema.graphql", () => {
  it("is the schema the code builds (run `npm run schema` after changing the API)", async () => {
    const committed = await readFile(new URL("../../schema/schema.graphql", import.meta.url), "utf8");
    expect(committed).toBe(printSchemaFile(await createSchema()));
  });

  it("has the public operations of API.md", async () => {
    const sdl = printSchemaFile(await createSchema());
    for (const line of [
      "catalogs: [Catalog!]!",
      "catalog(slug: String!): Catalog",
      "priceQuote(input: PriceQuoteInput!): PricedQuote!",
      "slaDueAt(input: SlaDueInput!): SlaDue!",
      "estimateCredits(input: CreditEstimateInput!): CreditEstimate!",
      "recommendPlans(input: PlanFitInput!): [PlanFit!]!",
      "requestQuote(input: QuoteRequestInput!): QuoteRequestReceipt!",
      "supportPeriod: Period",
    ]) {
      expect(sdl).toContain(line);
    }
  });
});
