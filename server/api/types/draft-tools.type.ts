import { Field, InputType, Int, ObjectType } from "type-graphql";
import type { SlaUnit as SlaUnitDoc, Weekday as WeekdayDoc } from "../../domain/catalog.js";
import { SupportCalendarInput } from "../inputs/support-calendar.input.js";
import { DateTimeScalar, DecimalScalar } from "../scalars.js";
import { CatalogChange, CatalogProblem } from "./catalog-admin.type.js";
import { SlaUnit, Weekday } from "./catalog.type.js";

@ObjectType({ description: "Who changed a draft after a revision, and what changed." })
export class DraftChangesSince {
  @Field(() => Int)
  since: number;

  @Field(() => Int, { description: "The draft's current revision." })
  revision: number;

  @Field(() => [String], { description: "Emails of those who changed it since, the latest first." })
  editedBy: string[];

  @Field(() => [CatalogChange], { nullable: true, description: "null: that revision is older than the kept history." })
  changes: CatalogChange[] | null;
}

@InputType({ description: "A draft support calendar and an example ticket to preview it with." })
export class CalendarPreviewInput {
  @Field(() => SupportCalendarInput)
  calendar: SupportCalendarInput;

  @Field(() => DecimalScalar, { description: "The response target the example counts (\"4\")." })
  amount: string;

  @Field(() => SlaUnit)
  unit: SlaUnitDoc;

  @Field(() => Weekday, { description: "The weekday the example ticket is sent, in the calendar's first zone." })
  day: WeekdayDoc;

  @Field(() => String, { description: '"HH:MM", local time.' })
  time: string;
}

@ObjectType({ description: "When a ticket sent at the example time is answered under a draft calendar." })
export class CalendarPreview {
  @Field(() => DateTimeScalar, { nullable: true })
  sentAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  dueAt: Date | null;

  @Field(() => String, { nullable: true })
  timeZone: string | null;

  @Field(() => String, { nullable: true, description: '"A ticket sent Friday 17:00 is due Monday 11:00 (Europe/Rome), 4 business hours later."; null while the calendar has a problem.' })
  summary: string | null;

  @Field(() => [CatalogProblem], { description: "What is wrong with the calendar, each at its path (\"calendar.windows[0].end\")." })
  problems: CatalogProblem[];
}
