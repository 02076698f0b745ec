import type { DraftDocument } from "../forms/draft-document.js";
import { CategoryForm, ExclusionForm, PriorityForm } from "./ClauseForms.js";

/** Priorities with their definitions and examples, exclusion clauses, request categories. */
export function ClausesEditor({ doc }: { doc: DraftDocument }) {
  return (
    <>
      <section aria-labelledby="priorities-title">
        <h2 id="priorities-title">Priorities</h2>
        {doc.priorities.length === 0 && <p className="muted">None.</p>}
        {doc.priorities.map((p) => (
          <PriorityForm key={p.key} priority={p} />
        ))}
      </section>
      <section aria-labelledby="exclusions-title">
        <h2 id="exclusions-title">What is not covered</h2>
        {doc.exclusions.length === 0 && <p className="muted">None.</p>}
        {doc.exclusions.map((x, i) => (
          <ExclusionForm key={`${i}-${x.text.slice(0, 20)}`} index={i} exclusion={x} plans={doc.plans} />
        ))}
      </section>
      {doc.requestCategories.length > 0 && (
        <section aria-labelledby="categories-title">
          <h2 id="categories-title">Request categories</h2>
          {doc.requestCategories.map((c) => (
            <CategoryForm key={c.key} category={c} />
          ))}
        </section>
      )}
    </>
  );
}
