import type { AuthChecker } from "type-graphql";
import type { Role } from "../db/entities/user.entities.js";
import { requireRole } from "../services/viewer.js";
import type { Context } from "./context.js";

/** @Authorized("ADMIN") and friends: UNAUTHENTICATED when nobody is signed in, FORBIDDEN for another role. */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  requireRole(context.viewer, roles.length > 0 ? roles : ["ADMIN", "SALES"]);
  return true;
};
