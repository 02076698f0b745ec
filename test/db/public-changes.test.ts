import "reflect-metadata";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { PublicChanges } from "../../server/db/public-changes.js";
import { freshDatabase } from "../support/database.js";

const url = await freshDatabase();
const db = new pg.Client({ connectionString: url });
await db.connect();
afterAll(() => db.end());

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 25));
  expect(condition()).toBe(true);
}

describe("following publishes through PostgreSQL", () => {
  it("is told of a publish, not of a draft edit, and checks what it missed while disconnected", async () => {
    let changes = 0;
    const follower = new PublicChanges({ url, onChange: () => changes++, retryMs: 50 });
    await follower.start();
    afterAll(() => follower.close());
    expect(follower.live).toBe(true);
    changes = 0;

    await db.query(`UPDATE catalog SET draft_revision = draft_revision + 1 WHERE slug = 'beesender'`);
    await follower.settle();
    expect(changes).toBe(0);
    await db.query(`UPDATE catalog SET slug = 'beesender-2' WHERE slug = 'beesender'`);
    await follower.settle();
    expect(changes).toBe(1);

    await db.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'tierwise-public-changes' AND datname = current_database()`);
    await until(() => !follower.live);
    // Published while nobody was listening: the notification is lost, the reconnect sees the change.
    await db.query(`UPDATE catalog SET deleted_at = now() WHERE slug = 'beesender-2'`);
    await until(() => follower.live);
    expect(changes).toBe(2);

    // Reconnecting with nothing changed keeps the cache.
    await db.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'tierwise-public-changes' AND datname = current_database()`);
    await until(() => !follower.live);
    await until(() => follower.live);
    expect(changes).toBe(2);
  });
});

describe("settling every process", () => {
  it("returns once every follower on the database has seen the changes committed before it", async () => {
    const seen = [0, 0];
    const followers = seen.map((_, i) => new PublicChanges({ url, onChange: () => seen[i]!++ }));
    for (const follower of followers) await follower.start();
    afterAll(() => Promise.all(followers.map((f) => f.close())));
    seen.fill(0);

    for (const round of [1, 2, 3]) {
      await db.query(`UPDATE catalog SET slug = $1 WHERE slug IN ('aimaras', 'aimaras-1', 'aimaras-2')`, [`aimaras-${round}`]);
      // Asked of one follower, without waiting on the other: both have been told when it returns.
      await followers[0]!.settleEverywhere();
      expect(seen).toEqual([round, round]);
    }
  });
});
