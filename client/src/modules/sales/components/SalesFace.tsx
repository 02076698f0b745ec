import { useQuery } from "@apollo/client/react";
import { lazy, Suspense } from "react";
import { MeDocument } from "../graphql/me.query.js";
import { Link, navigate } from "../../../shared/router.js";
import { useLogout } from "../hooks/useLogout.js";
import "../sales.css";
import { ApprovalQueueLink } from "./ApprovalQueueLink.js";
import { LoginPage } from "./LoginPage.js";
import { QuoteEditor } from "./QuoteEditor.js";
import { QuoteList } from "./QuoteList.js";
import { RequestsNavLink } from "../../requests/components/RequestsNavLink.js";

// Admins' screens are a chunk of their own: a sales rep never downloads them.
const AdminFace = lazy(() => import("../../admin/components/AdminFace.js").then((m) => ({ default: m.AdminFace })));
const RequestQueue = lazy(() => import("../../requests/components/RequestQueue.js").then((m) => ({ default: m.RequestQueue })));

/** The signed-in faces (/login, /quotes..., /admin...): sales reps and admins. */
export function SalesFace({ path }: { path: string }) {
  const { data, loading } = useQuery(MeDocument);
  const { logout } = useLogout();
  if (loading) return <p role="status">Loading…</p>;
  const me = data?.me ?? null;
  if (!me) return <LoginPage />;
  if (path === "/login") {
    navigate("/quotes");
    return null;
  }
  const quote = /^\/quotes\/([0-9a-f-]{36})\/?$/.exec(path);
  return (
    <>
      <nav className="subnav" aria-label="Sales">
        <Link href="/quotes">Quotes</Link>
        <Link href="/quotes/new">New quote</Link>
        <RequestsNavLink />
        {me.role === "ADMIN" && <ApprovalQueueLink />}
        {/* The admin area has its own sections (catalogs, users, settings, outbox): one way in, not a second "Catalogs". */}
        {me.role === "ADMIN" && (
          <Link href="/admin" aria-current={path.startsWith("/admin") ? "page" : undefined}>
            Admin
          </Link>
        )}
        <span className="muted">
          {me.name} ({me.role.toLowerCase()})
        </span>
        <button
          className="secondary small"
          onClick={() =>
            void logout().then(() => navigate("/login"))
          }
        >
          Sign out
        </button>
      </nav>
      {path.startsWith("/admin") ? (
        <Suspense fallback={<p role="status">Loading…</p>}>
          <AdminFace path={path} me={me} />
        </Suspense>
      ) : path === "/quotes/requests" ? (
        <Suspense fallback={<p role="status">Loading…</p>}>
          <RequestQueue />
        </Suspense>
      ) : path === "/quotes/new" ? (
        <QuoteEditor id={null} />
      ) : quote ? (
        <QuoteEditor id={quote[1]} />
      ) : (
        <QuoteList key={path} me={me} queue={path === "/quotes/approvals"} />
      )}
    </>
  );
}
