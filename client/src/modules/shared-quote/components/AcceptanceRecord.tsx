import type { SharedAcceptanceFragment } from "../graphql/shared-acceptance.fragment.js";

/** What the customer agreed to, as recorded: who, when, which option, the contacts, the clauses, the digest. */
export function AcceptanceRecord({ acceptance, acceptedAtInZone }: { acceptance: SharedAcceptanceFragment; acceptedAtInZone: string | null }) {
  // The recorded instant in the quote's zone (named), with UTC as stored, as the PDF's record gives it.
  const utc = `${new Date(acceptance.acceptedAt).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC`;
  const at = acceptedAtInZone ? `${acceptedAtInZone}, that is ${utc}` : utc;
  return (
    <section className="card" aria-labelledby="acceptance-heading">
      <h2 id="acceptance-heading">Acceptance record</h2>
      <dl className="record">
        <dt>Accepted by</dt>
        <dd>{acceptance.name}</dd>
        <dt>When</dt>
        <dd>{at}</dd>
        <dt>Option</dt>
        <dd>{acceptance.optionLabel ? `${acceptance.optionLabel}: ${acceptance.planName}` : acceptance.planName}</dd>
        <dt>Authorized contacts</dt>
        <dd>
          {acceptance.contacts.length === 0 ? (
            "None named"
          ) : (
            <ul>
              {acceptance.contacts.map((c) => (
                <li key={c.email}>
                  {c.name} ({c.email})
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Clauses read</dt>
        <dd>{acceptance.clauses.length === 0 ? "None" : `${acceptance.clauses.length} acknowledged`}</dd>
        <dt>Content digest (SHA-256)</dt>
        <dd className="digest">{acceptance.contentDigest}</dd>
      </dl>
    </section>
  );
}
