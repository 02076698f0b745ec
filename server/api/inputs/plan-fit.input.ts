import { Field, InputType, Int, registerEnumType } from "type-graphql";
import { COVERAGES, type Coverage as CoverageValue } from "../../domain/recommend.js";
import type { SlaUnit as SlaUnitValue } from "../../domain/catalog.js";
import { DecimalScalar } from "../scalars.js";
import { SlaUnit } from "../types/catalog.type.js";

export const Coverage = Object.fromEntries(COVERAGES.map((c) => [c, c])) as { [K in CoverageValue]: K };
registerEnumType(Coverage, {
  name: "Coverage",
  description: "WEEKDAYS: open time on each of Monday to Friday; EVERY_DAY: on all seven days; ALWAYS: open 24/7.",
});

@InputType({ description: 'A response need: "priority P answered within W U".' })
export class ResponseNeedInput {
  @Field(() => String)
  priorityKey: string;

  @Field(() => DecimalScalar, { description: "Above 0, at most 100000." })
  within: string;

  @Field(() => SlaUnit)
  unit: SlaUnitValue;
}

@InputType()
export class PlanFitInput {
  @Field(() => String)
  catalogSlug: string;

  @Field(() => DecimalScalar, { nullable: true })
  licensePrice?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  projectBudget?: string | null;

  @Field(() => Int, { nullable: true, description: "1-10, default 1." })
  termYears?: number | null;

  @Field(() => Int, { nullable: true })
  agents?: number | null;

  @Field(() => Int, { nullable: true })
  bots?: number | null;

  @Field(() => String, { nullable: true, description: "The customer's license edition key, for plans sold with given editions." })
  licenseEdition?: string | null;

  @Field(() => ResponseNeedInput, { nullable: true })
  response?: ResponseNeedInput | null;

  @Field(() => Coverage, { nullable: true })
  coverage?: CoverageValue | null;
}
