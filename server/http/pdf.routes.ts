import type { FastifyInstance, FastifyReply } from "fastify";
import { DomainError, type DomainErrorCode } from "../domain/errors.js";
import { PdfUnavailableError, type PdfRenderer } from "../services/pdf-renderer.js";
import type { QuoteRecord } from "../services/quote.service.js";
import type { Services } from "../services/services.js";
import { requireRole, ROLES } from "../services/viewer.js";
import { sendGraphQLError } from "./graphql-error.js";
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
async function sendPdf(reply: FastifyReply, services: Services, renderer: PdfRenderer, load: () => Promise<QuoteRecord>): Promise<FastifyReply> {
  let record: QuoteRecord;
  try {
    record = await load();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return sendGraphQLError(reply, STATUS[error.code], error.code, error.message);
  }
  const acceptance = record.row.status === "ACCEPTED" ? ((await services.quoteDeals.acceptances([record.row.id])).get(record.row.id) ?? null) : null;
  let pdf: Buffer;
  try {
    pdf = await renderer.render(record, acceptance);
  } catch (error) {
    if (!(error instanceof PdfUnavailableError)) throw error;
    reply.log.warn(`quote ${record.row.number}: ${error.code}`);
    return sendGraphQLError(reply.header("retry-after", "30"), 503, error.code, error.message);
  }
  return reply
    .type("application/pdf")
    .header("content-disposition", `inline; filename="${record.row.number}.pdf"`)
    .header("cache-control", "private, no-store")
    .send(pdf);
}

/**
 * The PDF of a quote: for signed-in sales reps and admins by id, and for the customer
 * through the quote's share link (a revoked link opens nothing). Rendered on worker threads:
 * one that runs out of time answers 503 PDF_TIMEOUT while everything else goes on answering.
 */
export async function registerPdfRoutes(http: FastifyInstance, services: Services, renderer: PdfRenderer): Promise<void> {
  http.get<{ Params: { id: string } }>("/quotes/:id/pdf", (request, reply) =>
    sendPdf(reply, services, renderer, async () => {
      requireRole(await services.auth.viewerFor(sessionToken(request)), ROLES);
      return services.quotes.get(request.params.id);
    }),
  );

  http.get<{ Params: { token: string } }>("/q/:token/pdf", (request, reply) => sendPdf(reply, services, renderer, () => services.quoteShares.shared(request.params.token)));
}
