import { errorCode, errorField, errorMessage } from "../../../shared/error-message.js";

/**
 * What a prospect reads when a public form (request, instant quote) fails, and the field it is
 * about: the server's words for input it refused, plain words for the rest.
 */
export function publicFormProblem(error: unknown): { problem: string | null; problemField: string | null } {
  if (!error) return { problem: null, problemField: null };
  const code = errorCode(error);
  if (code === "TOO_MANY_REQUESTS") return { problem: "Too many requests from here just now. Please try again in a while.", problemField: null };
  if (code === "BAD_USER_INPUT") return { problem: errorMessage(error), problemField: errorField(error) };
  if (code === "CONFLICT") return { problem: errorMessage(error), problemField: null };
  return { problem: "The request could not be sent. Please try again.", problemField: null };
}
