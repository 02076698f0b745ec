import { headingLead } from "../../../shared/format.js";
import type { PlanNotes_CatalogFragment } from "../graphql/lazy/plan-notes.fragment.js";

/**
 * Who each plan is for, what is not covered, and the vendor's notes: catalog-wide items
 * first, then each plan's own under its name. The vendor's words are quoted as theirs.
 */
export function PlanNotes({ catalog, vendor }: { catalog: PlanNotes_CatalogFragment; vendor: string }) {
  const wide = catalog.exclusions.filter((e) => e.planKeys.length === 0);
  const plans = catalog.plans.filter((p) => p.forYouIf.length > 0 || p.notes.length > 0 || catalog.exclusions.some((e) => e.planKeys.includes(p.key)));
  return (
    <>
      {plans.length > 0 && (
        <div className="columns">
          {plans.map((p) => {
            const excluded = catalog.exclusions.filter((e) => e.planKeys.includes(p.key));
            return (
              <section key={p.key} className="card" aria-labelledby={`notes-${p.key}`}>
                <h2 id={`notes-${p.key}`}>{p.name}</h2>
                {p.forYouIf.length > 0 && (
                  <>
                    <h3>For you if you:</h3>
                    <ul>
                      {p.forYouIf.map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  </>
                )}
                {excluded.length > 0 && (
                  <>
                    <h3>Not covered</h3>
                    <Exclusions items={excluded} />
                  </>
                )}
                {p.notes.length > 0 && <VendorNotes notes={p.notes} vendor={vendor} />}
              </section>
            );
          })}
        </div>
      )}
      {wide.length > 0 && (
        <section className="card" aria-labelledby="not-covered">
          <h2 id="not-covered">Not covered by any plan</h2>
          <Exclusions items={wide} />
        </section>
      )}
      {catalog.editorNotes.length > 0 && (
        <section className="card" aria-labelledby="editor-notes">
          <h2 id="editor-notes">Notes from Tierwise</h2>
          <p className="muted small">Our explanations, not {vendor}'s words.</p>
          <ul>
            {catalog.editorNotes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </section>
      )}
      {catalog.notes.length > 0 && (
        <section className="card" aria-labelledby="vendor-notes">
          <h2 id="vendor-notes">Notes, in the vendor's words</h2>
          <VendorNotes notes={catalog.notes} vendor={vendor} />
        </section>
      )}
    </>
  );
}

function Exclusions({ items }: { items: PlanNotes_CatalogFragment["exclusions"] }) {
  return (
    <ul>
      {items.map((e, i) => (
        <li key={i}>
          {e.heading && <strong>{headingLead(e.heading)}</strong>}
          {e.text}
        </li>
      ))}
    </ul>
  );
}

/** The vendor's own words, marked as a quotation of them. */
function VendorNotes({ notes, vendor }: { notes: string[]; vendor: string }) {
  return (
    <figure className="vendor-words">
      <blockquote>
        {notes.map((n) => (
          <p key={n}>{n}</p>
        ))}
      </blockquote>
      <figcaption className="muted small">— {vendor}</figcaption>
    </figure>
  );
}
