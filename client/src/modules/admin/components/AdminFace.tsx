import { useQuery } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { errorMessage } from "../../../shared/error-message.js";
import type { SessionUser } from "../../../shared/graphql/session.fragment.js";
import { Link, navigate } from "../../../shared/router.js";
import { AdminCatalogsDocument } from "../graphql/admin-catalogs.query.js";
import { useCreateCatalog } from "../hooks/useCreateCatalog.js";
import { useImportCatalog } from "../hooks/useImportCatalog.js";
import "../admin.css";
import { AdminNav } from "./AdminNav.js";
import { DraftEditor } from "./DraftEditor.js";
import { OutboxScreen } from "./OutboxScreen.js";
import { SettingsScreen } from "./SettingsScreen.js";
import { UsersScreen } from "./UsersScreen.js";

/** The admin face (/admin...): catalogs and their drafts, users, settings, the outbox. Only admins get past the door. */
export function AdminFace({ path, me }: { path: string; me: SessionUser }) {
  if (me.role !== "ADMIN") return <p role="alert">This part is for admins; you are signed in as {me.role.toLowerCase()}.</p>;
  return (
    <div className="admin">
      <AdminNav path={path} />
      <AdminPage path={path} me={me} />
    </div>
  );
}

function AdminPage({ path, me }: { path: string; me: SessionUser }) {
  const draft = /^\/admin\/catalogs\/([a-z0-9-]+)\/?$/.exec(path);
  if (draft) return <DraftEditor slug={draft[1]} />;
  const section = /^\/admin\/(users|settings|outbox)\/?$/.exec(path)?.[1];
  if (section === "users") return <UsersScreen me={me} />;
  if (section === "settings") return <SettingsScreen />;
  if (section === "outbox") return <OutboxScreen />;
  return <CatalogAdminList />;
}

function CatalogAdminList() {
  const { data, loading, error } = useQuery(AdminCatalogsDocument, { fetchPolicy: "cache-and-network" });
  const { createCatalog, creating, error: createError } = useCreateCatalog();
  const { importCatalog, importing } = useImportCatalog();
  const [publishImport, setPublishImport] = useState(false);
  const [importNote, setImportNote] = useState<string | null>(null);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setImportNote(null);
    let document: unknown;
    try {
      document = JSON.parse(await file.text());
    } catch {
      setImportNote(`${file.name} is not a JSON document`);
      return;
    }
    try {
      const c = await importCatalog({ document, publish: publishImport });
      setImportNote(`Imported ${c.slug}${c.publishedVersion ? `, published as version ${c.publishedVersion}` : " as a draft"}.`);
    } catch (err) {
      setImportNote(errorMessage(err));
    }
  };
  const [slug, setSlug] = useState("");
  const [name, setName] = useState("");
  const [currency, setCurrency] = useState("USD");
  const onCreate = (e: FormEvent) => {
    e.preventDefault();
    void createCatalog({ slug, name, currency })
      .then(() => navigate(`/admin/catalogs/${slug}`))
      .catch(() => undefined);
  };
  return (
    <section>
      <h1>Catalogs</h1>
      {loading && !data && <p role="status">Loading catalogs…</p>}
      {error && <p role="alert">{errorMessage(error)}</p>}
      {data && (
        <div className="matrix-wrap">
          <table className="matrix">
            <thead>
              <tr>
                <th>Catalog</th>
                <th>Published</th>
                <th>Draft</th>
              </tr>
            </thead>
            <tbody>
              {data.adminCatalogs.map((c) => (
                <tr key={c.slug}>
                  <td>
                    <Link href={`/admin/catalogs/${c.slug}`}>{c.name}</Link> <span className="muted small">{c.slug}</span>
                  </td>
                  <td>{c.publishedVersion ? `version ${c.publishedVersion}` : "never"}</td>
                  <td>
                    {c.hasUnpublishedChanges ? "unpublished changes" : "as published"}
                    {c.problemCount > 0 && <span className="warning"> · {c.problemCount} to fix</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form className="figures" onSubmit={onCreate} aria-label="New catalog">
        <label>
          Slug
          <input value={slug} onChange={(e) => setSlug(e.target.value)} placeholder="acme" required />
        </label>
        <label>
          Name
          <input value={name} onChange={(e) => setName(e.target.value)} required />
        </label>
        <label>
          Currency
          <input value={currency} onChange={(e) => setCurrency(e.target.value.toUpperCase())} maxLength={3} required />
        </label>
        <button type="submit" disabled={creating}>
          New catalog
        </button>
        {createError && <p role="alert">{createError}</p>}
      </form>
      <div className="figures" aria-label="Import a catalog">
        <label>
          Import a catalog (JSON, the export format)
          <input type="file" accept="application/json,.json" disabled={importing} onChange={(e) => void onFile(e.target.files?.[0])} />
        </label>
        <label className="inline">
          <input type="checkbox" checked={publishImport} onChange={(e) => setPublishImport(e.target.checked)} /> publish it
        </label>
        {importNote && <p role="status">{importNote}</p>}
      </div>
    </section>
  );
}
