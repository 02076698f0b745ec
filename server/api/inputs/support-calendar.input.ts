/** Catalog editor inputs for a plan's support hours: zones, weekly windows and holidays. */
import { Field, InputType } from "type-graphql";
import type { Plan as PlanDoc, Weekday as WeekdayDoc } from "../../domain/catalog.js";
import { Weekday } from "../types/catalog.type.js";

@InputType()
export class SupportWindowInput {
  @Field(() => [Weekday])
  days: WeekdayDoc[];

  @Field(() => String, { description: '"HH:MM" local time.' })
  start: string;

  @Field(() => String, { description: '"HH:MM"; "24:00" is the end of the day.' })
  end: string;
}

@InputType()
export class SupportCalendarInput {
  @Field(() => [String], { description: "IANA names or fixed offsets (\"+01:00\"); the first is the default." })
  zones: string[];

  @Field(() => Boolean, { nullable: true, description: "Open 24/7. Default false." })
  alwaysOpen?: boolean | null;

  @Field(() => [SupportWindowInput], { nullable: true })
  windows?: SupportWindowInput[] | null;

  @Field(() => [String], { nullable: true, description: "Closed days, YYYY-MM-DD." })
  holidays?: string[] | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

export function toCalendar(calendar: SupportCalendarInput): NonNullable<PlanDoc["calendar"]> {
  return {
    zones: calendar.zones,
    alwaysOpen: calendar.alwaysOpen ?? false,
    windows: (calendar.windows ?? []).map((w) => ({ days: w.days, start: w.start, end: w.end })),
    holidays: calendar.holidays ?? [],
    note: calendar.note ?? null,
  };
}
