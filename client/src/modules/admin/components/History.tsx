import { useApolloClient, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { errorMessage } from "../../../shared/error-message.js";
import { CatalogAuditDocument } from "../graphql/catalog-audit.query.js";
import { CatalogVersionsDocument } from "../graphql/catalog-versions.query.js";
import { ExportCatalogDocument } from "../graphql/export-catalog.query.js";
import { VersionDiffDocument } from "../graphql/version-diff.query.js";

/** A catalog's published versions, the difference between any two, its audit log and its export. */
export function History({ slug }: { slug: string }) {
  const versions = useQuery(CatalogVersionsDocument, { variables: { slug }, fetchPolicy: "cache-and-network" });
  const audit = useQuery(CatalogAuditDocument, {
    variables: { key: slug },
    fetchPolicy: "cache-and-network",
  });
  const list = versions.data?.catalogVersions ?? [];
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<string>("draft");
  const fromNumber = from ?? list[list.length - 1]?.number ?? null;
  const diff = useQuery(VersionDiffDocument, {
    variables: { slug, from: fromNumber ?? 0, to: to === "draft" ? null : Number(to) },
    skip: fromNumber === null,
  });
  const client = useApolloClient();

  const download = async (version: number | null) => {
    const { data } = await client.query({ query: ExportCatalogDocument, variables: { slug, version }, fetchPolicy: "network-only" });
    const blob = new Blob([JSON.stringify(data!.exportCatalog, null, 2)], { type: "application/json" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = `${slug}${version ? `-v${version}` : "-draft"}.json`;
    a.click();
    URL.revokeObjectURL(a.href);
  };

  return (
    <div className="columns">
      <div className="card">
        <h2>Versions</h2>
        {list.length === 0 ? (
          <p>Not published yet.</p>
        ) : (
          <>
            <ul>
              {list.map((v) => (
                <li key={v.number}>
                  Version {v.number}, {new Date(v.publishedAt).toLocaleString()}
                  {v.publishedBy ? ` by ${v.publishedBy}` : ""}{" "}
                  <button type="button" className="secondary small" onClick={() => void download(v.number)}>
                    Export
                  </button>
                </li>
              ))}
            </ul>
            <div className="figures" aria-label="Compare versions">
              <label>
                From
                <select value={fromNumber ?? ""} onChange={(e) => setFrom(Number(e.target.value))}>
                  {list.map((v) => (
                    <option key={v.number} value={v.number}>
                      version {v.number}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                To
                <select value={to} onChange={(e) => setTo(e.target.value)}>
                  <option value="draft">the draft</option>
                  {list.map((v) => (
                    <option key={v.number} value={String(v.number)}>
                      version {v.number}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            {diff.error && <p role="alert">{errorMessage(diff.error)}</p>}
            {diff.data &&
              (diff.data.catalogDiff.changes.length === 0 ? (
                <p>No differences.</p>
              ) : (
                <ul aria-label="Differences">
                  {diff.data.catalogDiff.changes.map((c, i) => (
                    <li key={i}>{c.summary}</li>
                  ))}
                </ul>
              ))}
          </>
        )}
        <button type="button" className="secondary small" onClick={() => void download(null)}>
          Export the draft (JSON)
        </button>
      </div>
      <div className="card">
        <h2>Audit log</h2>
        {audit.error && <p role="alert">{errorMessage(audit.error)}</p>}
        <ul className="small">
          {audit.data?.auditLog.entries.map((e) => (
            <li key={e.id}>
              {new Date(e.at).toLocaleString()} · {e.actorEmail ?? "system"}: {e.summary}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
