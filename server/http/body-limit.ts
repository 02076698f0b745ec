import type { FastifyInstance } from "fastify";
import { sendGraphQLError } from "./graphql-error.js";

export const TOO_LARGE_MESSAGE = "The request body is too large";

/**
 * Bodies declared larger than the limit are read and thrown away (up to `discardLimit`
 * bytes, for at most `discardMs`), then answered 413 in the GraphQL shape on a connection
 * that stays usable. Answering before reading, as Fastify does, closes the connection under
 * a client that is still sending: one that does not wait for `100 Continue` (fetch,
 * browsers) may see a broken pipe instead of the answer. Beyond the bounds the answer is
 * the same, and the connection is closed rather than read for ever.
 */
export function answerOversizedBodies(http: FastifyInstance, options: { bodyLimit: number; discardLimit: number; discardMs?: number }): void {
  http.addHook("onRequest", (request, reply, done) => {
    const declared = Number(request.headers["content-length"]);
    if (!(declared > options.bodyLimit)) return done();
    const tooLarge = (close: boolean) => {
      if (close) reply.header("connection", "close");
      sendGraphQLError(reply, 413, "PAYLOAD_TOO_LARGE", TOO_LARGE_MESSAGE);
    };
    if (declared > options.discardLimit) return tooLarge(true);
    const raw = request.raw;
    let finished = false;
    const finish = (close: boolean) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      raw.removeListener("end", onEnd);
      raw.removeListener("error", onError);
      tooLarge(close);
    };
    const onEnd = () => finish(false);
    const onError = () => finish(true);
    const timer = setTimeout(() => finish(true), options.discardMs ?? 10_000);
    raw.on("end", onEnd);
    raw.on("error", onError);
    // Discards the bytes (no listener keeps them): the declared length bounds how many.
    raw.resume();
  });
}
