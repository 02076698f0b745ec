import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { NewUserForm } from "../../../client/src/modules/admin/components/NewUserForm.js";
import { UserCard } from "../../../client/src/modules/admin/components/UserCard.js";
import { CreateUserDocument } from "../../../client/src/modules/admin/graphql/create-user.mutation.js";
import { UpdateUserDocument } from "../../../client/src/modules/admin/graphql/update-user.mutation.js";

afterEach(cleanup);

const nina = { __typename: "User" as const, id: "7d8c3f57-0000-4000-8000-000000000001", email: "nina@tierwise.test", name: "Nina", role: "SALES" as const, disabled: false };
const ada = { ...nina, id: "7d8c3f57-0000-4000-8000-000000000002", email: "ada@tierwise.test", name: "Ada", role: "ADMIN" as const };
const refusal = (message: string, code: string, field?: string) => ({ errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }] });

function withMocks(mocks: MockLink.MockedResponse[], ui: ReactNode) {
  render(<MockedProvider mocks={mocks}>{ui}</MockedProvider>);
}

function fillNewUser(email: string, password: string) {
  const form = screen.getByRole("form", { name: "New user" });
  fireEvent.change(within(form).getByLabelText("Name"), { target: { value: "Nina" } });
  fireEvent.change(within(form).getByLabelText("Email"), { target: { value: email } });
  fireEvent.change(within(form).getByLabelText("Initial password"), { target: { value: password } });
  fireEvent.submit(form);
}
const create = (email: string, password: string) => ({ query: CreateUserDocument, variables: { input: { name: "Nina", email, role: "SALES", password } } });

describe("the new-user form", () => {
  it("says a taken email next to the email field", async () => {
    withMocks([{ request: create("nina@tierwise.test", "long enough pw"), result: refusal("There is already a user nina@tierwise.test", "CONFLICT", "email") }], <NewUserForm />);
    fillNewUser("nina@tierwise.test", "long enough pw");
    const email = screen.getByLabelText("Email");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe("There is already a user nina@tierwise.test");
    expect(email.getAttribute("aria-invalid")).toBe("true");
    expect(email.getAttribute("aria-describedby")).toContain(alert.id);
  });

  it("says a weak password next to the password field", async () => {
    withMocks([{ request: create("new@tierwise.test", "short"), result: refusal("A password has at least 10 characters", "BAD_USER_INPUT", "password") }], <NewUserForm />);
    fillNewUser("new@tierwise.test", "short");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe("A password has at least 10 characters");
    expect(screen.getByLabelText("Initial password").getAttribute("aria-describedby")).toContain(alert.id);
  });

  it("confirms the new user and empties the form", async () => {
    withMocks([{ request: create("nina@tierwise.test", "long enough pw"), result: { data: { createUser: nina } } }], <NewUserForm />);
    fillNewUser("nina@tierwise.test", "long enough pw");
    expect((await screen.findByRole("status")).textContent).toBe("Created Nina: they sign in as nina@tierwise.test with the password given.");
    expect((screen.getByLabelText("Email") as HTMLInputElement).value).toBe("");
  });

  it("generates a password long enough, shown so it can be handed on", () => {
    withMocks([], <NewUserForm />);
    fireEvent.click(screen.getByRole("button", { name: "Generate one" }));
    const value = (screen.getByLabelText("Initial password") as HTMLInputElement).value;
    expect(value).toMatch(/^[A-Za-z2-9]{16}$/);
  });
});

describe("a user's card", () => {
  const update = (id: string, changes: object) => ({ query: UpdateUserDocument, variables: { id, changes } });

  it("says the last-admin refusal next to the button that was pressed", async () => {
    const message = "This is the last active admin; make another admin first";
    withMocks([{ request: update(ada.id, { disabled: true }), result: refusal(message, "CONFLICT") }], <UserCard user={ada} isMe />);
    fireEvent.click(screen.getByRole("button", { name: "Disable Ada" }));
    expect((await screen.findByRole("alert")).textContent).toBe(message);
    // Said once, by the button, not by the role field.
    expect(screen.getByLabelText("Role of Ada").getAttribute("aria-invalid")).toBeNull();
  });

  it("changes the role and says so", async () => {
    withMocks([{ request: update(nina.id, { role: "ADMIN" }), result: { data: { updateUser: { ...nina, role: "ADMIN" } } } }], <UserCard user={nina} isMe={false} />);
    fireEvent.change(screen.getByLabelText("Role of Nina"), { target: { value: "ADMIN" } });
    expect((await screen.findByRole("status")).textContent).toBe("Nina is now an admin.");
  });

  it("sets a new password and says the sessions ended", async () => {
    withMocks([{ request: update(nina.id, { password: "another long one" }), result: { data: { updateUser: nina } } }], <UserCard user={nina} isMe={false} />);
    const form = screen.getByRole("form", { name: "New password for Nina" });
    fireEvent.change(within(form).getByLabelText("New password"), { target: { value: "another long one" } });
    fireEvent.submit(form);
    expect((await screen.findByRole("status")).textContent).toBe("New password set for Nina: hand it on; their sessions have ended.");
    expect((within(form).getByLabelText("New password") as HTMLInputElement).value).toBe("");
  });
});
