import { useQuery } from "@apollo/client/react";
import { Link } from "../../../shared/router.js";
import { CatalogsDocument } from "../graphql/catalogs.query.js";

/** The front page: every published catalog, with a way into its comparison. */
export function CatalogList() {
  const { data, loading, error } = useQuery(CatalogsDocument);
  if (loading) return <p role="status">Loading catalogs…</p>;
  if (error || !data) return <p role="alert">The catalogs could not be loaded. Please try again.</p>;
  return (
    <section>
      <h1>Compare support plans</h1>
      <ul className="cards">
        {data.catalogs.map((c) => (
          <li key={c.slug} className="card">
            <h2>
              <Link href={`/compare/${c.slug}`}>{c.name}</Link>
            </h2>
            {c.description && <p className="muted">{firstSentence(c.description)}</p>}
            <p>
              {c.plans.map((p) => p.name).join(" · ")}
            </p>
            <Link className="button" href={`/compare/${c.slug}`}>
              Compare {c.plans.length === 1 ? "the plan" : `${c.plans.length} plans`}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function firstSentence(text: string): string {
  const match = /^(.{20,220}?[.!?])(\s|$)/.exec(text);
  return match ? match[1] : text.slice(0, 220);
}
