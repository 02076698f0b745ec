import type { AuthService } from "./auth.service.js";

/** The demo setup's users; their credentials are printed at start and written in the README. */
export const DEMO_USERS = [
  { email: "admin@tierwise.demo", name: "Ada Admin", role: "ADMIN", password: "tierwise-admin-demo" },
  { email: "sales@tierwise.demo", name: "Sam Sales", role: "SALES", password: "tierwise-sales-demo" },
] as const;

/** Creates the demo users that are missing (a restart keeps them, and their changed passwords). */
export async function ensureDemoUsers(auth: AuthService): Promise<void> {
  for (const user of DEMO_USERS) {
    if (!(await auth.findByEmail(user.email))) await auth.createUser(user, null);
  }
}
