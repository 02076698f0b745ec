import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { ContactsField, type Contact } from "../../../client/src/modules/shared-quote/components/ContactsField.js";

afterEach(cleanup);

function Harness({ limit }: { limit: number | null }) {
  const [contacts, setContacts] = useState<Contact[]>([{ name: "", email: "" }]);
  return <ContactsField contacts={contacts} onChange={setContacts} limit={limit} planName="Business" error={null} />;
}

const add = () => fireEvent.click(screen.getByRole("button", { name: "Add a contact" }));

describe("the authorized contacts", () => {
  it("takes as many as the plan allows and refuses one more in words, next to the list", () => {
    render(<Harness limit={3} />);
    add();
    add();
    expect(screen.getAllByLabelText(/^Contact \d: name$/)).toHaveLength(3);
    expect(screen.queryByRole("alert")).toBeNull();
    add();
    expect(screen.getAllByLabelText(/^Contact \d: name$/)).toHaveLength(3);
    expect(screen.getByRole("alert").textContent).toBe("Business allows 3 authorized contacts; remove one to name another.");
    fireEvent.click(screen.getByRole("button", { name: "Remove contact 2" }));
    expect(screen.queryByRole("alert")).toBeNull();
    add();
    expect(screen.getAllByLabelText(/^Contact \d: name$/)).toHaveLength(3);
  });

  it("sets no cap when the catalog states no number", () => {
    render(<Harness limit={null} />);
    for (let i = 0; i < 6; i++) add();
    expect(screen.getAllByLabelText(/^Contact \d: name$/)).toHaveLength(7);
    expect(screen.getByRole("group").textContent).toContain("Authorized contacts");
  });
});
