import { MockedProvider } from "@apollo/client/testing/react";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { SettingsScreen } from "../../../client/src/modules/admin/components/SettingsScreen.js";
import { AdminSettingsDocument } from "../../../client/src/modules/admin/graphql/settings.query.js";
import { UpdateSettingsDocument } from "../../../client/src/modules/admin/graphql/update-settings.mutation.js";
import { deliveryWords } from "../../../client/src/modules/admin/lib/outbox-words.js";

afterEach(cleanup);

const user = (id: string, name: string, role: "ADMIN" | "SALES", disabled = false) => ({ __typename: "User", id, name, email: `${name.toLowerCase()}@t.test`, role, disabled });
const settingsMock = {
  maxUsageCount: Number.POSITIVE_INFINITY,
  request: { query: AdminSettingsDocument },
  result: {
    data: {
      settings: { __typename: "Settings", timeZone: "UTC", instantQuoteOwnerId: null },
      users: [user("u1", "Ada", "ADMIN"), user("u2", "Rita", "SALES"), user("u3", "Gone", "SALES", true)],
    },
  },
};

describe("the settings screen", () => {
  it("offers the active users as owner of instant quotes, and says a bad zone next to the field", async () => {
    const refused = { errors: [{ message: '"Mars/Base" is not a time zone', extensions: { code: "BAD_USER_INPUT", field: "timeZone" } }] };
    render(
      <MockedProvider mocks={[settingsMock, { request: { query: UpdateSettingsDocument, variables: { input: { timeZone: "Mars/Base", instantQuoteOwnerId: "u2" } } }, result: refused }]}>
        <SettingsScreen />
      </MockedProvider>,
    );
    const zone = (await screen.findByLabelText("Time zone of the organisation")) as HTMLInputElement;
    expect(zone.value).toBe("UTC");
    const owner = screen.getByLabelText("Owner of instant quotes") as HTMLSelectElement;
    expect(Array.from(owner.options, (o) => o.textContent)).toEqual(["The first admin (until someone is chosen)", "Ada (admin, ada@t.test)", "Rita (sales, rita@t.test)"]);
    fireEvent.change(zone, { target: { value: "Mars/Base" } });
    fireEvent.change(owner, { target: { value: "u2" } });
    fireEvent.submit(screen.getByRole("form", { name: "Organisation settings" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe('"Mars/Base" is not a time zone');
    expect(zone.getAttribute("aria-describedby")).toContain(alert.id);
  });

  it("saves the zone and says what it changes", async () => {
    const saved = { data: { updateSettings: { __typename: "Settings", timeZone: "Europe/Rome", instantQuoteOwnerId: null } } };
    render(
      <MockedProvider mocks={[settingsMock, { request: { query: UpdateSettingsDocument, variables: { input: { timeZone: "Europe/Rome", instantQuoteOwnerId: null } } }, result: saved }]}>
        <SettingsScreen />
      </MockedProvider>,
    );
    fireEvent.change(await screen.findByLabelText("Time zone of the organisation"), { target: { value: " Europe/Rome " } });
    fireEvent.submit(screen.getByRole("form", { name: "Organisation settings" }));
    expect((await screen.findByRole("status")).textContent).toBe("Saved. New quotes default to Europe/Rome, and quote numbers take their year from it.");
  });
});

describe("an outbox message's delivery, in words", () => {
  const base = { attempts: 0, sentAt: null, nextAttemptAt: null, lastError: null };
  it("says when it was sent, in a named zone", () => {
    expect(deliveryWords({ ...base, status: "SENT", attempts: 1, sentAt: "2026-12-01T10:05:00Z" }, "UTC")).toBe("Sent 1 Dec 2026, 10:05 UTC");
  });
  it("says a message never tried is kept here", () => {
    expect(deliveryWords({ ...base, status: "QUEUED" }, "UTC")).toBe("Queued: not sent yet (kept here when email is not configured).");
  });
  it("says how many tries failed, when the next is, and why", () => {
    const m = { ...base, status: "QUEUED" as const, attempts: 2, nextAttemptAt: "2026-12-01T10:06:00Z", lastError: "550 mailbox unavailable" };
    expect(deliveryWords(m, "Europe/Rome")).toBe("Queued: 2 tries failed, next try 1 Dec 2026, 11:06 CET. Last error: 550 mailbox unavailable");
  });
  it("says it gave up", () => {
    expect(deliveryWords({ ...base, status: "FAILED", attempts: 10, lastError: "timeout" }, "UTC")).toBe("Failed after 10 tries; no try is left. Last error: timeout");
  });
});
