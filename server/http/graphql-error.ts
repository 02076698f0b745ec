import type { FastifyReply } from "fastify";

/** An error answer in the GraphQL shape, whatever went wrong at the HTTP level. */
export function sendGraphQLError(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  return reply.status(status).type("application/json").send({ errors: [{ message, extensions: { code } }] });
}
