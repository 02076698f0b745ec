import { useEffect, useState } from "react";

interface CatalogSummary {
  slug: string;
  name: string;
  version: number;
  plans: { key: string; name: string }[];
}

type State = { status: "loading" } | { status: "error"; message: string } | { status: "ready"; catalogs: CatalogSummary[] };

const QUERY = "{ catalogs { slug name version plans { key name } } }";

/** Placeholder front page: lists the published catalogs until the comparison client lands. */
export function App() {
  const [state, setState] = useState<State>({ status: "loading" });
  useEffect(() => {
    fetch("/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: QUERY }) })
      .then((r) => r.json())
      .then((body: { data?: { catalogs: CatalogSummary[] }; errors?: { message: string }[] }) => {
        if (body.errors?.length) setState({ status: "error", message: body.errors[0].message });
        else setState({ status: "ready", catalogs: body.data!.catalogs });
      })
      .catch(() => setState({ status: "error", message: "The server could not be reached." }));
  }, []);

  return (
    <main style={{ fontFamily: "system-ui, sans-serif", maxWidth: 720, margin: "2rem auto", padding: "0 1rem" }}>
      <h1>Tierwise</h1>
      <p>Compare technical-support plans side by side.</p>
      {state.status === "loading" && <p role="status">Loading catalogs…</p>}
      {state.status === "error" && <p role="alert">{state.message}</p>}
      {state.status === "ready" && (
        <ul>
          {state.catalogs.map((c) => (
            <li key={c.slug}>
              <strong>{c.name}</strong> (version {c.version}): {c.plans.map((p) => p.name).join(" · ")}
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
