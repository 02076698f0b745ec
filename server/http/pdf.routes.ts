import type { FastifyInstance, FastifyReply } from "fastify";
import { DomainError, type DomainErrorCode } from "../domain/errors.js";
import { renderQuotePdf } from "../services/quote-pdf.js";
import type { QuoteRecord } from "../services/quote.service.js";
import type { Services } from "../services/services.js";
import { requireRole, ROLES } from "../services/viewer.js";
import { sessionToken } from "./session.js";

const STATUS: Record<DomainErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
};

/** Renders the quote `load` finds; an expected failure answers in the GraphQL error shape. */
async function sendPdf(reply: FastifyReply, services: Services, load: () => Promise<QuoteRecord>): Promise<FastifyReply> {
  let record: QuoteRecord;
  try {
    record = await load();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return reply
      .status(STATUS[error.code])
      .type("application/json")
      .send({ errors: [{ message: error.message, extensions: { code: error.code } }] });
  }
  const acceptance = record.row.status === "ACCEPTED" ? ((await services.quoteDeals.acceptances([record.row.id])).get(record.row.id) ?? null) : null;
  const pdf = await renderQuotePdf(record, acceptance);
  return reply
    .type("application/pdf")
    .header("content-disposition", `inline; filename="${record.row.number}.pdf"`)
    .header("cache-control", "private, no-store")
    .send(pdf);
}

/**
 * The PDF of a quote: for signed-in sales reps and admins by id, and for the customer
 * through the quote's share link (a revoked link opens nothing).
 */
export async function registerPdfRoutes(http: FastifyInstance, services: Services): Promise<void> {
  http.get<{ Params: { id: string } }>("/quotes/:id/pdf", (request, reply) =>
    sendPdf(reply, services, async () => {
      requireRole(await services.auth.viewerFor(sessionToken(request)), ROLES);
      return services.quotes.get(request.params.id);
    }),
  );

  http.get<{ Params: { token: string } }>("/q/:token/pdf", (request, reply) => sendPdf(reply, services, () => services.quotes.shared(request.params.token)));
}
