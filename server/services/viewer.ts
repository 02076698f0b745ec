import type { Role } from "../db/entities/user.entities.js";
import { DomainError } from "../domain/errors.js";

/** The signed-in user a request acts for. */
export interface Viewer {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export const ROLES: readonly Role[] = ["ADMIN", "SALES"];

/** Refuses an anonymous request (UNAUTHENTICATED) or one whose role is not among `roles` (FORBIDDEN). */
export function requireRole(viewer: Viewer | null, roles: readonly Role[]): Viewer {
  if (!viewer) throw new DomainError("UNAUTHENTICATED", "Sign in to do this");
  if (!roles.includes(viewer.role)) {
    throw new DomainError("FORBIDDEN", `This needs the ${roles.join(" or ")} role; you are signed in as ${viewer.role}`);
  }
  return viewer;
}
