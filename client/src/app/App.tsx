import { Suspense } from "react";
import { usePath } from "../shared/router.js";
import { pageFor } from "./routes.js";

export function App() {
  const path = usePath();
  const page = pageFor(path) ?? <NotFound />;
  // A customer's quote is the vendor's page: it names the vendor, not the tool, and no staff link.
  const customerPage = path.startsWith("/q/");
  return (
    <div className="shell">
      {!customerPage && (
        <header className="topbar">
          <a className="brand" href="/">
            Tierwise
          </a>
          <span className="tagline">Technical-support plans, side by side</span>
          <a className="signin" href="/quotes">
            Sales
          </a>
        </header>
      )}
      <main>
        <Suspense fallback={<p role="status">Loading…</p>}>{page}</Suspense>
      </main>
    </div>
  );
}

function NotFound() {
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        <a href="/">See the support plans</a>
      </p>
    </section>
  );
}
