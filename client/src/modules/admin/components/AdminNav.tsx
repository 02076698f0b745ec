import { Link } from "../../../shared/router.js";

const SECTIONS = [
  { href: "/admin", label: "Catalogs", current: (path: string) => path === "/admin" || path === "/admin/" || path.startsWith("/admin/catalogs") },
  { href: "/admin/users", label: "Users" },
  { href: "/admin/settings", label: "Settings" },
  { href: "/admin/outbox", label: "Outbox" },
];

/** The admin face's sections: plain links (Tab and Enter reach them), the current one marked for screen readers. */
export function AdminNav({ path }: { path: string }) {
  return (
    <nav aria-label="Admin" className="admin-nav">
      <ul>
        {SECTIONS.map((s) => {
          const current = s.current ? s.current(path) : path.replace(/\/$/, "") === s.href;
          return (
            <li key={s.href}>
              <Link href={s.href} aria-current={current ? "page" : undefined}>
                {s.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
