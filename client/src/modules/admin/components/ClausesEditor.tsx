import type { DraftDocument } from "../forms/draft-document.js";
import { AddClauseForm, RemoveClauseButton } from "./ClauseAdders.js";
import { CategoryForm, ExclusionForm, PriorityForm } from "./ClauseForms.js";
import { MoveClauseButtons } from "./MoveClauseButtons.js";

/** Priorities with their definitions and examples, exclusion clauses, request categories. */
export function ClausesEditor({ doc }: { doc: DraftDocument }) {
  const exclusionKeys = contentKeys(doc.exclusions.map((x) => `${x.kind}\u0000${x.heading ?? ""}\u0000${x.text}`));
  return (
    <>
      <section aria-labelledby="priorities-title">
        <h2 id="priorities-title">Priorities</h2>
        {doc.priorities.length === 0 && <p className="muted">None.</p>}
        {doc.priorities.map((p, i) => (
          <div key={p.key}>
            <PriorityForm priority={p} />
            <MoveClauseButtons kind="priority" id={p.key} label={`priority ${p.label}`} index={i} count={doc.priorities.length} />
            <RemoveClauseButton kind="priority" id={p.key} label={`priority ${p.label}`} />
          </div>
        ))}
        <AddClauseForm kind="priority" />
      </section>
      <section aria-labelledby="exclusions-title">
        <h2 id="exclusions-title">What is not covered</h2>
        {doc.exclusions.length === 0 && <p className="muted">None.</p>}
        {doc.exclusions.map((x, i) => (
          <div key={exclusionKeys[i]}>
            <ExclusionForm index={i} exclusion={x} plans={doc.plans} />
            <MoveClauseButtons kind="exclusion" id={i} label={`clause ${i + 1}`} index={i} count={doc.exclusions.length} />
            <RemoveClauseButton kind="exclusion" id={i} label={`clause ${i + 1}`} />
          </div>
        ))}
        <AddClauseForm kind="exclusion" />
      </section>
      <section aria-labelledby="categories-title">
        <h2 id="categories-title">Request categories</h2>
        <p className="muted small">For credit plans: what a kind of request costs in credits.</p>
        {doc.requestCategories.map((c, i) => (
          <div key={c.key}>
            <CategoryForm category={c} />
            <MoveClauseButtons kind="category" id={c.key} label={`category ${c.label}`} index={i} count={doc.requestCategories.length} />
            <RemoveClauseButton kind="category" id={c.key} label={`category ${c.label}`} />
          </div>
        ))}
        <AddClauseForm kind="category" />
      </section>
    </>
  );
}

/**
 * Exclusions have no key of their own, only a position: each is known by its words (and which
 * of equal ones it is), so a clause moved up or down keeps its form, and what was typed in it.
 */
function contentKeys(contents: string[]): string[] {
  const seen = new Map<string, number>();
  return contents.map((c) => {
    const n = seen.get(c) ?? 0;
    seen.set(c, n + 1);
    return `${c}\u0000${n}`;
  });
}
