import { Arg, Authorized, Ctx, Int, Query, Resolver } from "type-graphql";
import { previewCalendar } from "../../domain/calendar-preview.js";
import { bandProblems } from "../../domain/validate-catalog.js";
import type { Context } from "../context.js";
import { GuaranteeBandInput, toBand } from "../inputs/catalog-admin.input.js";
import { toCalendar } from "../inputs/support-calendar.input.js";
import { CatalogProblem } from "../types/catalog-admin.type.js";
import { CalendarPreview, CalendarPreviewInput, DraftChangesSince } from "../types/draft-tools.type.js";

const withWarning = (problems: { path: string; message: string; warning?: boolean }[]): CatalogProblem[] =>
  problems.map((p) => ({ path: p.path, message: p.message, warning: p.warning ?? false }));

/** What the catalog editors ask while an admin types: answers of the pure engine, nothing saved. */
@Resolver()
export class DraftToolsResolver {
  @Authorized("ADMIN")
  @Query(() => DraftChangesSince, { description: "Who changed the draft after `since` (a revision), and what changed: for an editor whose edit met a CONFLICT." })
  draftChangesSince(@Arg("slug", () => String) slug: string, @Arg("since", () => Int) since: number, @Ctx() ctx: Context): Promise<DraftChangesSince> {
    return ctx.services.catalogDrafts.changesSince(slug, since);
  }

  @Authorized("ADMIN")
  @Query(() => [CatalogProblem], { description: "Gaps and overlaps in guarantee bands (paths \"guaranteeBands[1].min\"); empty when they cover every budget once." })
  checkGuaranteeBands(@Arg("bands", () => [GuaranteeBandInput]) bands: GuaranteeBandInput[]): CatalogProblem[] {
    return withWarning(bandProblems(bands.map(toBand)));
  }

  @Authorized("ADMIN")
  @Query(() => CalendarPreview, { description: "When a ticket sent at a given local weekday and time would be answered under a draft calendar." })
  previewCalendar(@Arg("input", () => CalendarPreviewInput) input: CalendarPreviewInput, @Ctx() ctx: Context): CalendarPreview {
    const preview = previewCalendar(
      { calendar: toCalendar(input.calendar), target: { amount: input.amount, unit: input.unit }, day: input.day, time: input.time },
      ctx.services.clock(),
    );
    return { ...preview, problems: withWarning(preview.problems) };
  }
}
