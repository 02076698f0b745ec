import { describe, expect, it } from "vitest";
import { errorCode, startTestApp } from "../support/app.js";

let now = new Date("2026-11-22T10:00:00Z");
const t = await startTestApp({ clock: () => now });
const advance = (ms: number) => (now = new Date(now.getTime() + ms));

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { email role } }`;
const ME = `{ me { email role } }`;

async function login(email: string, password: string, ip = "10.0.0.1") {
  const res = await t.app.http.inject({
    method: "POST",
    url: "/graphql",
    remoteAddress: ip,
    headers: { "content-type": "application/json" },
    payload: JSON.stringify({ query: LOGIN, variables: { e: email, p: password } }),
  });
  return { body: res.json(), cookie: res.headers["set-cookie"] as string | undefined };
}

describe("sign-in", () => {
  it("sets an HTTP-only, SameSite=Lax session cookie and knows the user", async () => {
    await t.services.auth.createUser({ email: "Rita@Example.com", name: "Rita", role: "SALES", password: "correct horse battery" }, null);
    const { body, cookie } = await login("rita@example.com", "correct horse battery");
    expect(body.data.login).toEqual({ email: "rita@example.com", role: "SALES" });
    expect(cookie).toMatch(/^tw_session=[A-Za-z0-9_-]{40,}; .*HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const me = await t.gql(ME, {}, { cookie: cookie!.split(";")[0] });
    expect(me.data.me).toEqual({ email: "rita@example.com", role: "SALES" });
    expect((await t.gql(ME)).data.me).toBeNull();
  });

  it("answers a wrong password and an unknown email alike", async () => {
    await t.services.auth.createUser({ email: "olga@example.com", name: "Olga", role: "ADMIN", password: "correct horse battery" }, null);
    const wrong = await login("olga@example.com", "nope nope nope", "10.0.0.2");
    const unknown = await login("nobody@example.com", "nope nope nope", "10.0.0.2");
    expect(wrong.body.errors).toHaveLength(1);
    expect(wrong.body.errors[0]).toMatchObject({ message: "The email or the password is wrong", extensions: { code: "UNAUTHENTICATED" } });
    expect(unknown.body.errors).toEqual(wrong.body.errors);
    expect(wrong.cookie).toBeUndefined();
  });

  it("slows down repeated failures, then lets the right password in after the wait", async () => {
    await t.services.auth.createUser({ email: "max@example.com", name: "Max", role: "SALES", password: "correct horse battery" }, null);
    for (let i = 0; i < 5; i++) expect(errorCode((await login("max@example.com", `wrong ${i}`, "10.0.0.3")).body)).toBe("UNAUTHENTICATED");
    const refused = await login("max@example.com", "correct horse battery", "10.0.0.3");
    expect(refused.body.errors[0]).toMatchObject({
      message: "Too many failed sign-ins; try again in 5 seconds",
      extensions: { code: "TOO_MANY_REQUESTS", retryAfterSeconds: 5 },
    });
    advance(5_000);
    expect(errorCode((await login("max@example.com", "wrong again", "10.0.0.3")).body)).toBe("UNAUTHENTICATED");
    // The sixth failure doubles the wait.
    advance(5_000);
    expect((await login("max@example.com", "correct horse battery", "10.0.0.3")).body.errors[0].extensions.retryAfterSeconds).toBe(5);
    advance(5_000);
    expect((await login("max@example.com", "correct horse battery", "10.0.0.3")).body.data.login.email).toBe("max@example.com");
  });

  it("holds up only the address that guessed: the owner signs in from their own address meanwhile", async () => {
    await t.services.auth.createUser({ email: "kim@example.com", name: "Kim", role: "SALES", password: "correct horse battery" }, null);
    for (let i = 0; i < 8; i++) await login("kim@example.com", `guess ${i}`, "10.0.9.9");
    expect(errorCode((await login("kim@example.com", "correct horse battery", "10.0.9.9")).body)).toBe("TOO_MANY_REQUESTS");
    expect((await login("kim@example.com", "correct horse battery", "10.0.0.42")).body.data.login.email).toBe("kim@example.com");
    // Kim's success does not wipe the guesser's count.
    expect(errorCode((await login("kim@example.com", "guess again", "10.0.9.9")).body)).toBe("TOO_MANY_REQUESTS");
  });

  it("counts parallel failures one by one: twenty guesses at once get five checks", async () => {
    await t.services.auth.createUser({ email: "para@example.com", name: "P", role: "SALES", password: "correct horse battery" }, null);
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => login("para@example.com", `guess ${i}`, "10.0.1.1")));
    const codes = answers.map((a) => errorCode(a.body));
    expect(codes.filter((c) => c === "UNAUTHENTICATED")).toHaveLength(5);
    expect(codes.filter((c) => c === "TOO_MANY_REQUESTS")).toHaveLength(15);
  });

  it("slows an address down after many failures but never locks it out for good", async () => {
    for (let i = 0; i < 50; i++) await login(`nobody${i}@example.com`, "wrong", "10.0.2.2");
    expect(errorCode((await login("someone@example.com", "wrong", "10.0.2.2")).body)).toBe("TOO_MANY_REQUESTS");
    advance(61_000);
    await t.services.auth.createUser({ email: "behind-nat@example.com", name: "N", role: "SALES", password: "correct horse battery" }, null);
    expect((await login("behind-nat@example.com", "correct horse battery", "10.0.2.2")).body.data.login.email).toBe("behind-nat@example.com");
  });

  it("ends the session on logout, and after 12 idle hours", async () => {
    const sales = await t.signIn("SALES");
    expect((await sales.gql(ME)).data.me.role).toBe("SALES");
    advance(11 * 3600_000);
    expect((await sales.gql(ME)).data.me.role).toBe("SALES");
    advance(11 * 3600_000);
    expect((await sales.gql(ME)).data.me.role).toBe("SALES");
    advance(12 * 3600_000 + 1000);
    expect((await sales.gql(ME)).data.me).toBeNull();

    const other = await t.signIn("SALES");
    expect((await other.gql(`mutation { logout }`)).data.logout).toBe(true);
    expect((await other.gql(ME)).data.me).toBeNull();
  });

  it("disabling a user ends their sessions and keeps them out", async () => {
    const admin = await t.signIn("ADMIN");
    const sales = await t.signIn("SALES");
    const answer = await admin.gql(`mutation($id: ID!) { updateUser(id: $id, changes: { disabled: true }) { disabled } }`, { id: sales.user.id });
    expect(answer.data.updateUser.disabled).toBe(true);
    expect((await sales.gql(ME)).data.me).toBeNull();
    expect(errorCode((await login(sales.email, sales.password, "10.0.0.9")).body)).toBe("UNAUTHENTICATED");
  });
});

describe("users (ADMIN)", () => {
  it("creates users with clear refusals", async () => {
    const admin = await t.signIn("ADMIN");
    const create = (input: Record<string, unknown>) =>
      admin.gql(`mutation($input: NewUserInput!) { createUser(input: $input) { email role disabled } }`, { input });
    expect((await create({ email: "New@Example.com", name: "New", role: "SALES", password: "long enough pw" })).data.createUser).toEqual({
      email: "new@example.com",
      role: "SALES",
      disabled: false,
    });
    const dup = await create({ email: "new@example.com", name: "Again", role: "SALES", password: "long enough pw" });
    expect(errorCode(dup)).toBe("CONFLICT");
    const short = await create({ email: "x@example.com", name: "X", role: "SALES", password: "short" });
    expect(short.errors![0]).toMatchObject({ message: "A password has at least 10 characters", extensions: { code: "BAD_USER_INPUT", field: "password" } });
    expect(errorCode(await create({ email: "not-an-email", name: "X", role: "SALES", password: "long enough pw" }))).toBe("BAD_USER_INPUT");
  });

  it("will not demote the last active admin", async () => {
    const { dataSource } = t;
    await dataSource.query(`UPDATE app_user SET disabled_at = now() WHERE role = 'ADMIN'`);
    const admin = await t.signIn("ADMIN");
    const answer = await admin.gql(`mutation($id: ID!) { updateUser(id: $id, changes: { role: SALES }) { role } }`, { id: admin.user.id });
    expect(errorCode(answer)).toBe("CONFLICT");
    expect(answer.errors![0].message).toBe("This is the last active admin; make another admin first");
  });

  it("will not disable the last active admin, but disables one of two", async () => {
    const { dataSource } = t;
    await dataSource.query(`UPDATE app_user SET disabled_at = now() WHERE role = 'ADMIN'`);
    const admin = await t.signIn("ADMIN");
    const disable = (id: string) => admin.gql(`mutation($id: ID!) { updateUser(id: $id, changes: { disabled: true }) { disabled } }`, { id });
    const alone = await disable(admin.user.id);
    expect(errorCode(alone)).toBe("CONFLICT");
    expect(alone.errors![0].message).toBe("This is the last active admin; make another admin first");
    expect((await admin.gql(`{ me { email } }`)).data.me.email).toBe(admin.email);

    const other = await t.signIn("ADMIN");
    expect((await disable(other.user.id)).data.updateUser.disabled).toBe(true);
  });

  it("keeps SALES and prospects out", async () => {
    const sales = await t.signIn("SALES");
    expect(errorCode(await sales.gql(`{ users { email } }`))).toBe("FORBIDDEN");
    expect(errorCode(await t.gql(`{ users { email } }`))).toBe("UNAUTHENTICATED");
  });

  it("logs user changes for admins", async () => {
    const admin = await t.signIn("ADMIN");
    await admin.gql(`mutation { createUser(input: { email: "logged@example.com", name: "L", role: SALES, password: "long enough pw" }) { id } }`);
    const log = await admin.gql(`{ auditLog(entity: "user", entityKey: "logged@example.com") { entries { action summary actorEmail after } } }`);
    expect(log.data.auditLog.entries).toEqual([
      { action: "user.create", summary: "Created SALES user logged@example.com", actorEmail: admin.email, after: { email: "logged@example.com", name: "L", role: "SALES" } },
    ]);
  });

  it("changes one's own password, checking the current one", async () => {
    const sales = await t.signIn("SALES");
    const wrong = await sales.gql(`mutation { changePassword(currentPassword: "not it at all", newPassword: "a brand new one") }`);
    expect(wrong.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "currentPassword" });
    const ok = await sales.gql(`mutation($c: String!) { changePassword(currentPassword: $c, newPassword: "a brand new one") }`, { c: sales.password });
    expect(ok.data.changePassword).toBe(true);
    expect((await login(sales.email, "a brand new one", "10.0.0.7")).body.data.login.email).toBe(sales.email);
  });

  it("changing the password ends the user's other sessions, keeps this one, and slows down wrong guesses", async () => {
    const here = await t.signIn("SALES");
    const elsewhere = await login(here.email, here.password, "10.0.3.3");
    const elsewhereCookie = { cookie: elsewhere.cookie!.split(";")[0] };
    expect((await t.gql(ME, {}, elsewhereCookie)).data.me.email).toBe(here.email);
    for (let i = 0; i < 5; i++) {
      const wrong = await here.gql(`mutation { changePassword(currentPassword: "guess ${i} guess", newPassword: "a brand new one") }`);
      expect(errorCode(wrong)).toBe("BAD_USER_INPUT");
    }
    const slowed = await here.gql(`mutation($c: String!) { changePassword(currentPassword: $c, newPassword: "a brand new one") }`, { c: here.password });
    expect(errorCode(slowed)).toBe("TOO_MANY_REQUESTS");
    advance(5_000);
    const ok = await here.gql(`mutation($c: String!) { changePassword(currentPassword: $c, newPassword: "a brand new one") }`, { c: here.password });
    expect(ok.data.changePassword).toBe(true);
    expect((await here.gql(ME)).data.me.email).toBe(here.email);
    expect((await t.gql(ME, {}, elsewhereCookie)).data.me).toBeNull();
  });
});

describe("settings", () => {
  it("holds the organisation's zone, UTC by default, editable by admins only", async () => {
    const admin = await t.signIn("ADMIN");
    const sales = await t.signIn("SALES");
    expect((await sales.gql(`{ settings { timeZone } }`)).data.settings.timeZone).toBe("UTC");
    expect(errorCode(await sales.gql(`mutation { updateSettings(input: { timeZone: "Europe/Rome" }) { timeZone } }`))).toBe("FORBIDDEN");
    expect((await admin.gql(`mutation { updateSettings(input: { timeZone: "europe/rome" }) { timeZone } }`)).data.updateSettings.timeZone).toBe("Europe/Rome");
    const mars = await admin.gql(`mutation { updateSettings(input: { timeZone: "Mars/Base" }) { timeZone } }`);
    expect(mars.errors![0]).toMatchObject({
      message: '"Mars/Base" is not a time zone (use an IANA name such as "Europe/Rome" or an offset such as "+03:00")',
      extensions: { code: "BAD_USER_INPUT", field: "timeZone" },
    });
    await admin.gql(`mutation { updateSettings(input: { timeZone: "UTC" }) { timeZone } }`);
  });
});
