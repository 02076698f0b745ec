import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useDebounced } from "../../../shared/hooks/useDebounced.js";
import { usePlanPrices, type Figures, type PlanPrice } from "../../../shared/hooks/usePlanPrices.js";
import { decimalInput, headingLead, money } from "../../../shared/format.js";
import { Link } from "../../../shared/router.js"
import { CompareCatalogDocument, type CompareCatalogQuery } from "../graphql/compare-catalog.query.js";;

type Plan = NonNullable<CompareCatalogQuery["catalog"]>["plans"][number];

const NO_PLANS: Plan[] = [];

function countOrNull(text: string): number | null {
  return /^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : null;
}

/** The public comparison of one catalog: plans side by side, priced for the prospect's figures. */
export function ComparePage({ slug }: { slug: string }) {
  const { data, loading, error } = useQuery(CompareCatalogDocument, { variables: { slug } });
  const [licensePrice, setLicensePrice] = useState("");
  const [projectBudget, setProjectBudget] = useState("");
  const [termYears, setTermYears] = useState(1);
  const [agents, setAgents] = useState("");
  const [bots, setBots] = useState("");

  const figures = useDebounced<Figures>(
    {
      licensePrice: decimalInput(licensePrice),
      projectBudget: decimalInput(projectBudget),
      termYears,
      agents: countOrNull(agents),
      bots: countOrNull(bots),
    },
    250,
  );

  const catalog = data?.catalog ?? null;
  const prices = usePlanPrices(slug, catalog?.plans ?? NO_PLANS, figures);

  if (loading) return <p role="status">Loading the plans…</p>;
  if (error) return <p role="alert">The plans could not be loaded. Please try again.</p>;
  if (!catalog) {
    return (
      <section>
        <h1>No such catalog</h1>
        <p>
          <Link href="/">See all support plans</Link>
        </p>
      </section>
    );
  }

  const priceOf = (plan: Plan): PlanPrice | null => prices.priceOf(plan.key);
  const usesLicense = catalog.plans.some((p) => p.pricing.kind === "PERCENT_OF_LICENSE");
  const usesBudget = catalog.plans.some((p) => p.pricing.kind === "PERCENT_OF_PROJECT_BUDGET") || catalog.guaranteeBands.length > 0;
  const usesAgents = catalog.plans.some((p) => p.limits.some((l) => l.figure === "AGENTS"));
  const usesBots = catalog.plans.some((p) => p.limits.some((l) => l.figure === "BOTS"));
  const periodic = catalog.plans.some((p) => p.pricing.kind.startsWith("PERCENT") || p.pricing.kind === "FIXED");
  const guaranteeDays = catalog.plans.map(priceOf).find((p) => p?.guarantee)?.guarantee?.days ?? null;
  const groups = [...catalog.featureGroups.map((g) => ({ key: g.key as string | null, label: g.label })), { key: null, label: "" }];

  return (
    <section>
      <p className="crumbs">
        <Link href="/">All catalogs</Link>
      </p>
      <h1>{catalog.name}</h1>
      {catalog.description && <p className="lead">{catalog.description}</p>}

      {(usesLicense || usesBudget || usesAgents || usesBots) && (
        <form className="figures" onSubmit={(e) => e.preventDefault()} aria-label="Your figures">
          {usesLicense && (
            <label>
              License price ({catalog.currency})
              <input inputMode="decimal" placeholder="e.g. 50000" value={licensePrice} onChange={(e) => setLicensePrice(e.target.value)} />
            </label>
          )}
          {usesBudget && (
            <label>
              Project budget ({catalog.currency})
              <input inputMode="decimal" placeholder="e.g. 40000" value={projectBudget} onChange={(e) => setProjectBudget(e.target.value)} />
            </label>
          )}
          {periodic && (
            <label>
              Term
              <select value={termYears} onChange={(e) => setTermYears(Number(e.target.value))}>
                {Array.from({ length: 10 }, (_, i) => (
                  <option key={i + 1} value={i + 1}>
                    {i + 1} {i === 0 ? "year" : "years"}
                  </option>
                ))}
              </select>
            </label>
          )}
          {usesAgents && (
            <label>
              Agents
              <input inputMode="numeric" value={agents} onChange={(e) => setAgents(e.target.value)} />
            </label>
          )}
          {usesBots && (
            <label>
              Bots
              <input inputMode="numeric" value={bots} onChange={(e) => setBots(e.target.value)} />
            </label>
          )}
          {licensePrice !== "" && decimalInput(licensePrice) === null && <p role="alert">Write the license price as a number, like 50000 or 1234.50.</p>}
          {projectBudget !== "" && decimalInput(projectBudget) === null && <p role="alert">Write the budget as a number, like 40000.</p>}
        </form>
      )}

      <div className="matrix-wrap">
        <table className="matrix">
          <thead>
            <tr>
              <th scope="col" />
              {catalog.plans.map((p) => (
                <th key={p.key} scope="col">
                  <div className="plan-name">{p.name}</div>
                  {p.tagline && <div className="muted small">{p.tagline}</div>}
                </th>
              ))}
            </tr>
            <tr className="price-row">
              <th scope="row">Price{periodic && termYears > 1 ? ` for ${termYears} years` : ""}</th>
              {catalog.plans.map((p) => (
                <td key={p.key} data-plan={p.key}>
                  <PriceCell plan={p} price={priceOf(p)} currency={catalog.currency} loading={prices.loading} />
                </td>
              ))}
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => {
              const rows = catalog.features.filter((f) => f.group === g.key);
              if (rows.length === 0) return null;
              return [
                g.label ? (
                  <tr key={`g-${g.key}`} className="group">
                    <th colSpan={catalog.plans.length + 1} scope="colgroup">
                      {g.label}
                    </th>
                  </tr>
                ) : null,
                ...rows.map((f) => (
                  <tr key={f.key}>
                    <th scope="row">{f.label}</th>
                    {f.cells.map((c) => (
                      <td key={c.planKey} className={c.display === "✓" ? "yes" : c.display === "✗" ? "no" : undefined} title={c.note ?? undefined}>
                        {c.display === null ? <span className="empty" aria-label="not stated">–</span> : c.display}
                      </td>
                    ))}
                  </tr>
                )),
              ];
            })}
            {/* The hours from the calendars, unless the vendor's table already has a row for them. */}
            {catalog.plans.some((p) => p.calendar) && !catalog.features.some((f) => f.valueType === "SCHEDULE") && (
              <tr>
                <th scope="row">Support hours</th>
                {catalog.plans.map((p) => (
                  <td key={p.key}>{p.calendar?.summary ?? <span className="empty">–</span>}</td>
                ))}
              </tr>
            )}
            {!catalog.features.some((f) => f.valueType === "DURATION") &&
              catalog.priorities.map((pr) => (
              <tr key={pr.key}>
                <th scope="row" title={pr.definition ?? undefined}>
                  First response, {pr.label}
                </th>
                {catalog.plans.map((p) => (
                  <td key={p.key}>{p.slaTargets.find((t) => t.priorityKey === pr.key)?.text ?? <span className="empty">–</span>}</td>
                ))}
              </tr>
              ))}
          </tbody>
        </table>
      </div>

      {catalog.plans.some((p) => p.forYouIf.length > 0) && (
        <div className="columns">
          {catalog.plans
            .filter((p) => p.forYouIf.length > 0)
            .map((p) => (
              <div key={p.key} className="card">
                <h2>{p.name} is for you if you:</h2>
                <ul>
                  {p.forYouIf.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </div>
            ))}
        </div>
      )}

      {catalog.guaranteeBands.length > 0 && (
        <div className="card">
          <h2>Free post-project guarantee</h2>
          {catalog.guaranteeNote && <p className="muted">{catalog.guaranteeNote}</p>}
          <ul>
            {catalog.guaranteeBands.map((b) => (
              <li key={b.days} className={guaranteeDays === b.days ? "highlight" : undefined}>
                {b.label}: {b.days} days
              </li>
            ))}
          </ul>
          {guaranteeDays !== null && <p role="status">Your budget gets {guaranteeDays} days of free guarantee.</p>}
        </div>
      )}

      {catalog.exclusions.length > 0 && (
        <div className="card">
          <h2>Not covered</h2>
          <ul>
            {catalog.exclusions.map((e, i) => (
              <li key={i}>
                {e.heading && <strong>{headingLead(e.heading)}</strong>}
                {e.text}
                {e.planKeys.length > 0 && (
                  <span className="muted"> ({e.planKeys.map((k) => catalog.plans.find((p) => p.key === k)?.name ?? k).join(", ")})</span>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function PriceCell({ plan, price, currency, loading }: { plan: Plan; price: PlanPrice | null; currency: string; loading: boolean }) {
  const summary = plan.pricing.note ?? plan.pricing.summary;
  if (plan.pricing.kind === "CREDIT_PACKS") {
    return (
      <>
        <div className="price">Prepaid credits</div>
        <div className="muted small">Packs of {plan.pricing.packs.map((p) => p.credits).join(", ")} credits</div>
        {plan.pricing.note && <div className="muted small">{plan.pricing.note}</div>}
      </>
    );
  }
  if (!price) {
    return (
      <>
        <div className="price">{loading ? "…" : summary}</div>
        {plan.pricing.kind === "PERCENT_OF_LICENSE" && <div className="muted small">Enter your license price</div>}
        {plan.pricing.kind === "PERCENT_OF_PROJECT_BUDGET" && <div className="muted small">Enter your project budget</div>}
      </>
    );
  }
  return (
    <>
      <div className="price">{price.total === null ? "Price on request" : plan.pricing.kind === "INCLUDED" ? (plan.pricing.note ?? "Included") : money(price.total, currency)}</div>
      {plan.pricing.kind.startsWith("PERCENT") && <div className="muted small">{plan.pricing.summary}</div>}
      {!price.eligible && (
        <ul className="warning small" aria-label={`${plan.name} does not fit`}>
          {price.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
    </>
  );
}
