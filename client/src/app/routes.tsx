import { lazy, type ReactNode } from "react";

// Each face is its own chunk: a prospect's page downloads only what it shows.
const CatalogList = lazy(() => import("../modules/catalogs/components/CatalogList.js").then((m) => ({ default: m.CatalogList })));
const ComparePage = lazy(() => import("../modules/compare/components/ComparePage.js").then((m) => ({ default: m.ComparePage })));
const SalesFace = lazy(() => import("../modules/sales/components/SalesFace.js").then((m) => ({ default: m.SalesFace })));
const SharedQuotePage = lazy(() => import("../modules/shared-quote/components/SharedQuotePage.js").then((m) => ({ default: m.SharedQuotePage })));

interface Route {
  pattern: RegExp;
  render: (match: RegExpExecArray, path: string) => ReactNode;
}

/** The one route table: the first pattern that matches the path renders the page. */
export const ROUTES: Route[] = [
  { pattern: /^\/$/, render: () => <CatalogList /> },
  { pattern: /^\/compare\/([a-z0-9-]+)\/?$/, render: (m) => <ComparePage slug={m[1]} /> },
  { pattern: /^\/q\/([A-Za-z0-9_-]+)\/?$/, render: (m) => <SharedQuotePage token={m[1]} /> },
  // The signed-in faces route further inside (the admin face is a chunk of its own there).
  { pattern: /^\/(login|quotes|admin)(\/|$)/, render: (_m, path) => <SalesFace path={path} /> },
];

/** The page for a path; null when no route matches. */
export function pageFor(path: string): ReactNode | null {
  for (const route of ROUTES) {
    const match = route.pattern.exec(path);
    if (match) return route.render(match, path);
  }
  return null;
}
