import { Field, InputType, Int, ObjectType } from "type-graphql";
import { DateScalar, DateTimeScalar } from "../scalars.js";

@InputType({ description: "Someone the customer names to open support cases." })
export class AuthorizedContactInput {
  @Field(() => String)
  name: string;

  @Field(() => String)
  email: string;
}

@ObjectType()
export class AuthorizedContact {
  @Field(() => String)
  name: string;

  @Field(() => String)
  email: string;
}

@ObjectType({ description: "What the customer agreed to when accepting: kept as they saw it." })
export class QuoteAcceptance {
  @Field(() => Int, { description: "Index of the accepted option." })
  option: number;

  @Field(() => String, { nullable: true })
  optionLabel: string | null;

  @Field(() => String)
  planName: string;

  @Field(() => String, { description: "The name the customer typed." })
  name: string;

  @Field(() => DateTimeScalar)
  acceptedAt: Date;

  @Field(() => [AuthorizedContact])
  contacts: AuthorizedContact[];

  @Field(() => [String], { description: "The exclusions and warranty clauses shown for the option, acknowledged as read." })
  clauses: string[];

  @Field(() => String, { description: "SHA-256 (hex) of the canonical JSON of the quote as accepted." })
  contentDigest: string;
}

@ObjectType()
export class TimelineStep {
  @Field(() => String)
  label: string;

  @Field(() => DateScalar, { nullable: true })
  startsOn: string | null;

  @Field(() => DateScalar, { nullable: true })
  endsOn: string | null;
}

@ObjectType({ description: "When a case of one priority, sent at the example instant, is answered under the plan's SLA clock." })
export class SlaExample {
  @Field(() => String)
  priorityKey: string;

  @Field(() => String)
  priorityLabel: string;

  @Field(() => String, { description: '"A P1 case sent Friday 4 Dec 17:00 is answered by Monday 7 Dec 10:00 (Europe/Moscow)".' })
  text: string;

  @Field(() => DateTimeScalar)
  sentAt: Date;

  @Field(() => DateTimeScalar)
  dueAt: Date;
}

@ObjectType({ description: "Go-live, the free guarantee, the paid plan's term, the quote's validity, SLA examples in the customer's zone, the rounding rule." })
export class QuoteTimeline {
  @Field(() => [TimelineStep])
  steps: TimelineStep[];

  @Field(() => String, { description: "Which instant the examples use, in words." })
  exampleNote: string;

  @Field(() => [SlaExample], { description: "For each priority of the accepted option's plan (or the first option's)." })
  slaExamples: SlaExample[];

  @Field(() => String)
  rounding: string;
}
