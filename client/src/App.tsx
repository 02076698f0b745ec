import { lazy, Suspense } from "react";
import { usePath } from "./router.js";

// Each face is its own chunk: a prospect's page downloads only what it shows.
const CatalogList = lazy(() => import("./modules/catalogs/CatalogList.js").then((m) => ({ default: m.CatalogList })));
const ComparePage = lazy(() => import("./modules/compare/ComparePage.js").then((m) => ({ default: m.ComparePage })));
const SalesFace = lazy(() => import("./modules/sales/SalesFace.js").then((m) => ({ default: m.SalesFace })));
const SharedQuotePage = lazy(() => import("./modules/shared-quote/SharedQuotePage.js").then((m) => ({ default: m.SharedQuotePage })));

export function App() {
  const path = usePath();
  const compare = /^\/compare\/([a-z0-9-]+)\/?$/.exec(path);
  const shared = /^\/q\/([A-Za-z0-9_-]+)\/?$/.exec(path);
  let page;
  if (compare) page = <ComparePage slug={compare[1]} />;
  else if (shared) page = <SharedQuotePage token={shared[1]} />;
  else if (path === "/") page = <CatalogList />;
  else if (/^\/(login|quotes|admin)(\/|$)/.test(path)) page = <SalesFace path={path} />;
  else page = <NotFound />;
  return (
    <div className="shell">
      <header className="topbar">
        <a className="brand" href="/">
          Tierwise
        </a>
        <span className="tagline">Technical-support plans, side by side</span>
        <a className="signin" href="/quotes">
          Sales
        </a>
      </header>
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
