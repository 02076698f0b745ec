import { useQuery } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { QuoteLines } from "../../../shared/components/QuoteLines.js";
import { usePlanPrices } from "../../../shared/hooks/usePlanPrices.js";
import { day, decimalInput, money } from "../../../shared/format.js";
import { navigate } from "../../../shared/router.js";
import type { QuoteInput } from "../../../__generated__/sales/graphql.js";
import { errorMessage } from "../../../shared/error-message.js";
import type { SessionUser } from "../../../shared/graphql/session.fragment.js";
import { CatalogChoicesDocument, type CatalogChoicesQuery } from "../graphql/catalog-choices.query.js";
import type { QuoteFieldsFragment } from "../graphql/quote-fields.fragment.js";
import { QuoteDocument } from "../graphql/quote.query.js";
import { useApproveQuote } from "../hooks/useApproveQuote.js";
import { useCreateQuote } from "../hooks/useCreateQuote.js";
import { useCreateShareLink } from "../hooks/useCreateShareLink.js";
import { useReviseQuote } from "../hooks/useReviseQuote.js";
import { useRevokeShareLink } from "../hooks/useRevokeShareLink.js";
import { useSendQuote } from "../hooks/useSendQuote.js";
import { useUpdateQuote } from "../hooks/useUpdateQuote.js";

type CatalogChoice = CatalogChoicesQuery["catalogs"][number];
type QuoteData = QuoteFieldsFragment;
type Me = SessionUser;

interface DiscountForm {
  /** "" = the option's total; else the index of the priced line. */
  line: string;
  kind: "PERCENT" | "AMOUNT";
  value: string;
  reason: string;
}

interface OptionForm {
  label: string;
  planKey: string;
  addOnKeys: string[];
  packs: { credits: number; quantity: string }[];
  customPrices: Record<string, string>;
  discounts: DiscountForm[];
}

interface QuoteForm {
  catalogSlug: string;
  company: string;
  name: string;
  email: string;
  licensePrice: string;
  projectBudget: string;
  termYears: string;
  goLiveDate: string;
  agents: string;
  bots: string;
  licenseEdition: string;
  timeZone: string;
  validUntil: string;
  options: OptionForm[];
}

const LABELS = ["Good", "Better", "Best", "Premium"];

function emptyOption(catalog: CatalogChoice | undefined, index: number): OptionForm {
  const base = catalog?.plans.find((p) => p.isTier);
  return { label: index === 0 ? "" : LABELS[index], planKey: base?.key ?? "", addOnKeys: [], packs: [], customPrices: {}, discounts: [] };
}

function fromQuote(q: QuoteData): QuoteForm {
  const s = (v: string | number | null) => (v === null ? "" : String(v));
  return {
    catalogSlug: q.catalogSlug,
    company: q.customer.company,
    name: q.customer.name,
    email: q.customer.email,
    licensePrice: s(q.figures.licensePrice),
    projectBudget: s(q.figures.projectBudget),
    termYears: String(q.figures.termYears),
    goLiveDate: s(q.figures.goLiveDate),
    agents: s(q.figures.agents),
    bots: s(q.figures.bots),
    licenseEdition: s(q.figures.licenseEdition),
    timeZone: q.timeZone,
    validUntil: s(q.validUntil),
    options: q.options.map((o) => ({
      label: o.label ?? "",
      planKey: o.planKey,
      addOnKeys: o.addOnKeys,
      packs: o.creditPacks.map((p) => ({ credits: p.credits, quantity: String(p.quantity) })),
      customPrices: Object.fromEntries(o.customPrices.map((c) => [c.planKey, c.amount])),
      discounts: o.discounts.map((d) => ({ line: d.lineIndex === null ? "" : String(d.lineIndex), kind: d.kind as "PERCENT" | "AMOUNT", value: d.value, reason: d.reason ?? "" })),
    })),
  };
}

const orNull = (v: string) => (v.trim() === "" ? null : v.trim());
const intOrNull = (v: string) => (v.trim() === "" ? null : Number(v));

/** The form as the API's QuoteInput; the server checks every value and says what is wrong. */
function toInput(f: QuoteForm): QuoteInput {
  return {
    catalogSlug: f.catalogSlug,
    customer: { company: f.company, name: f.name, email: f.email },
    licensePrice: orNull(f.licensePrice.replace(/[\s,]/g, "")),
    projectBudget: orNull(f.projectBudget.replace(/[\s,]/g, "")),
    termYears: intOrNull(f.termYears),
    goLiveDate: orNull(f.goLiveDate),
    agents: intOrNull(f.agents),
    bots: intOrNull(f.bots),
    licenseEdition: orNull(f.licenseEdition),
    timeZone: orNull(f.timeZone),
    validUntil: orNull(f.validUntil),
    options: f.options.map((o) => ({
      label: orNull(o.label),
      planKey: o.planKey,
      addOnKeys: o.addOnKeys,
      creditPacks: o.packs.map((p) => ({ credits: p.credits, quantity: Number(p.quantity) || 0 })),
      customPrices: Object.entries(o.customPrices)
        .filter(([, amount]) => amount.trim() !== "")
        .map(([planKey, amount]) => ({ planKey, amount: amount.replace(/[\s,]/g, "") })),
      discounts: o.discounts.map((d) => ({ lineIndex: d.line === "" ? null : Number(d.line), kind: d.kind, value: d.value.trim(), reason: d.reason })),
    })),
  };
}

/** Builds a new quote, or shows and edits an existing one, with its actions. */
export function QuoteEditor({ id, me }: { id: string | null; me: Me }) {
  const catalogs = useQuery(CatalogChoicesDocument);
  const existing = useQuery(QuoteDocument, { variables: { id: id ?? "" }, skip: id === null });
  if (catalogs.loading || existing.loading) return <p role="status">Loading…</p>;
  if (catalogs.error || existing.error) return <p role="alert">{errorMessage(catalogs.error ?? existing.error)}</p>;
  return <Editor key={existing.data?.quote.id ?? "new"} catalogs={catalogs.data!.catalogs} quote={existing.data?.quote ?? null} me={me} />;
}

function Editor({ catalogs, quote, me }: { catalogs: CatalogChoice[]; quote: QuoteData | null; me: Me }) {
  const [form, setForm] = useState<QuoteForm>(() =>
    quote
      ? fromQuote(quote)
      : {
          catalogSlug: catalogs[0]?.slug ?? "",
          company: "",
          name: "",
          email: "",
          licensePrice: "",
          projectBudget: "",
          termYears: "1",
          goLiveDate: "",
          agents: "",
          bots: "",
          licenseEdition: "",
          timeZone: "",
          validUntil: "",
          options: [emptyOption(catalogs[0], 0)],
        },
  );
  const [link, setLink] = useState<string | null>(null);
  const { createQuote, creating } = useCreateQuote();
  const { updateQuote, updating } = useUpdateQuote();
  const { sendQuote, sending } = useSendQuote();
  const { reviseQuote, revising } = useReviseQuote();
  const { approveDiscounts, approving } = useApproveQuote();
  const { createShareLink } = useCreateShareLink();
  const { revokeShareLink } = useRevokeShareLink();
  const [failure, setFailure] = useState<string | null>(null);

  const catalog = catalogs.find((c) => c.slug === form.catalogSlug);
  const editable = !quote || quote.status === "DRAFT";
  const busy = creating || updating || sending || revising || approving;
  const set = <K extends keyof QuoteForm>(key: K, value: QuoteForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const setOption = (i: number, change: Partial<OptionForm>) =>
    setForm((f) => ({ ...f, options: f.options.map((o, j) => (j === i ? { ...o, ...change } : o)) }));
  const run = async (action: () => Promise<unknown>) => {
    setFailure(null);
    try {
      await action();
    } catch (err) {
      setFailure(errorMessage(err));
    }
  };

  const save = (e?: FormEvent) => {
    e?.preventDefault();
    return run(async () => {
      if (!quote) {
        const created = await createQuote(toInput(form));
        navigate(`/quotes/${created.id}`);
      } else {
        await updateQuote(quote.id, quote.lockVersion, toInput(form));
      }
    });
  };

  return (
    <section>
      <h1>{quote ? `Quote ${quote.number}` : "New quote"}</h1>
      {quote && (
        <p className="muted">
          {quote.status} · {quote.catalogName}, version {quote.catalogVersion} · valid until {day(quote.validUntil)} ({quote.timeZone})
          {quote.supersededBy && <> · replaced by {quote.supersededBy}</>}
          {quote.decidedByName && <> · decided by {quote.decidedByName}</>}
        </p>
      )}

      <form className="editor" onSubmit={save} aria-label="Quote">
        <fieldset disabled={!editable || busy} className="card">
          <legend>Customer and figures</legend>
          <div className="grid">
            <label>
              Catalog
              <select
                value={form.catalogSlug}
                onChange={(e) => {
                  const next = catalogs.find((c) => c.slug === e.target.value);
                  setForm((f) => ({ ...f, catalogSlug: e.target.value, options: f.options.map((_, i) => emptyOption(next, i)) }));
                }}
              >
                {catalogs.map((c) => (
                  <option key={c.slug} value={c.slug}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Company
              <input value={form.company} onChange={(e) => set("company", e.target.value)} required />
            </label>
            <label>
              Contact name
              <input value={form.name} onChange={(e) => set("name", e.target.value)} required />
            </label>
            <label>
              Contact email
              <input type="email" value={form.email} onChange={(e) => set("email", e.target.value)} required />
            </label>
            <label>
              License price
              <input inputMode="decimal" value={form.licensePrice} onChange={(e) => set("licensePrice", e.target.value)} />
            </label>
            <label>
              Project budget
              <input inputMode="decimal" value={form.projectBudget} onChange={(e) => set("projectBudget", e.target.value)} />
            </label>
            <label>
              Term (years)
              <input type="number" min={1} max={10} value={form.termYears} onChange={(e) => set("termYears", e.target.value)} />
            </label>
            <label>
              Go-live date
              <input type="date" value={form.goLiveDate} onChange={(e) => set("goLiveDate", e.target.value)} />
            </label>
            <label>
              Agents
              <input inputMode="numeric" value={form.agents} onChange={(e) => set("agents", e.target.value)} />
            </label>
            <label>
              Bots
              <input inputMode="numeric" value={form.bots} onChange={(e) => set("bots", e.target.value)} />
            </label>
            {catalog && catalog.licenseEditions.length > 0 && (
              <label>
                License edition
                <select value={form.licenseEdition} onChange={(e) => set("licenseEdition", e.target.value)}>
                  <option value="">Not given</option>
                  {catalog.licenseEditions.map((ed) => (
                    <option key={ed.key} value={ed.key}>
                      {ed.label}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <label>
              Time zone
              <input placeholder="organisation's" value={form.timeZone} onChange={(e) => set("timeZone", e.target.value)} />
            </label>
            <label>
              Valid until
              <input type="date" value={form.validUntil} onChange={(e) => set("validUntil", e.target.value)} />
            </label>
          </div>
        </fieldset>

        {editable && catalog && (
          <TierPicker
            catalog={catalog}
            form={form}
            onChoose={(planKey) => setOption(0, { planKey, addOnKeys: [], packs: [], customPrices: {}, discounts: [] })}
            onAddAlternative={
              form.options.length < 4
                ? (planKey) =>
                    setForm((f) => ({
                      ...f,
                      options: [
                        ...f.options.map((o, j) => (j === 0 && !o.label ? { ...o, label: LABELS[0] } : o)),
                        { ...emptyOption(catalog, f.options.length), planKey },
                      ],
                    }))
                : null
            }
          />
        )}

        {form.options.map((o, i) => (
          <OptionEditor
            key={i}
            index={i}
            option={o}
            alternatives={form.options.length > 1}
            catalog={catalog}
            disabled={!editable || busy}
            onChange={(change) => setOption(i, change)}
            onRemove={form.options.length > 1 ? () => setForm((f) => ({ ...f, options: f.options.filter((_, j) => j !== i) })) : null}
          />
        ))}

        {editable && (
          <div className="actions">
            {form.options.length < 4 && (
              <button
                type="button"
                className="secondary"
                onClick={() =>
                  setForm((f) => ({
                    ...f,
                    options: [...f.options.map((o, j) => (j === 0 && !o.label ? { ...o, label: LABELS[0] } : o)), emptyOption(catalog, f.options.length)],
                  }))
                }
              >
                Add an alternative
              </button>
            )}
            <button type="submit" disabled={busy}>
              {quote ? "Save changes" : "Save draft"}
            </button>
          </div>
        )}
      </form>
      {failure && <p role="alert">{failure}</p>}

      {quote && <Priced quote={quote} />}

      {quote && (
        <div className="actions">
          <a className="button secondary" href={quote.pdfUrl} target="_blank" rel="noreferrer">
            PDF
          </a>
          {quote.status === "DRAFT" && quote.approvalRequired && !quote.approved && me.role === "ADMIN" && (
            <button disabled={busy} onClick={() => run(() => approveDiscounts(quote.id, quote.lockVersion))}>
              Approve discounts
            </button>
          )}
          {quote.status === "DRAFT" && (
            <button
              disabled={busy || (quote.approvalRequired && !quote.approved)}
              onClick={() =>
                run(async () => {
                  const sent = await sendQuote(quote.id, quote.lockVersion);
                  setLink(sent.link.url);
                })
              }
            >
              Send
            </button>
          )}
          {["SENT", "DECLINED", "EXPIRED"].includes(quote.status) && (
            <>
              <button
                className="secondary"
                onClick={() =>
                  run(async () => {
                    const created = await createShareLink(quote.id);
                    setLink(created.url);
                  })
                }
              >
                New share link
              </button>
              <button
                disabled={busy}
                onClick={() =>
                  run(async () => {
                    const revised = await reviseQuote(quote.id);
                    navigate(`/quotes/${revised.id}`);
                  })
                }
              >
                Revise
              </button>
            </>
          )}
        </div>
      )}
      {quote?.status === "DRAFT" && quote.approvalRequired && !quote.approved && (
        <p className="banner">The discounts go beyond what sales may give alone: an admin must approve them before the quote is sent.</p>
      )}
      {link && (
        <p className="banner ok" role="status">
          Share link (shown once): <input readOnly value={link} aria-label="Share link" onFocus={(e) => e.target.select()} />{" "}
          <button type="button" className="secondary" onClick={() => void navigator.clipboard?.writeText(link)}>
            Copy
          </button>
        </p>
      )}
      {quote && quote.shareLinks.length > 0 && (
        <div className="card">
          <h2>Share links</h2>
          <ul>
            {quote.shareLinks.map((l) => (
              <li key={l.id}>
                made {new Date(l.createdAt).toLocaleString()} {l.revokedAt ? "· revoked" : ""}
                {!l.revokedAt && (
                  <button type="button" className="secondary small" onClick={() => run(() => revokeShareLink(quote.id, l.id))}>
                    Revoke
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function OptionEditor(props: {
  index: number;
  option: OptionForm;
  alternatives: boolean;
  catalog: CatalogChoice | undefined;
  disabled: boolean;
  onChange: (change: Partial<OptionForm>) => void;
  onRemove: (() => void) | null;
}) {
  const { option: o, catalog, onChange } = props;
  const plans = catalog?.plans ?? [];
  const plan = plans.find((p) => p.key === o.planKey);
  const addOns = plans.filter((p) => p.availability.includes("ADD_ON") && p.addOnTo.includes(o.planKey));
  const inQuote = plans.filter((p) => p.key === o.planKey || o.addOnKeys.includes(p.key));
  const packs = inQuote.flatMap((p) => (p.pricing.kind === "CREDIT_PACKS" ? p.pricing.packs : []));
  const lineNames = [...inQuote.map((p) => p.name), ...o.packs.map((p) => `${p.credits} credits x ${p.quantity}`)];
  return (
    <fieldset disabled={props.disabled} className="card">
      <legend>{props.alternatives ? `Alternative ${props.index + 1}` : "Plan"}</legend>
      <div className="grid">
        {props.alternatives && (
          <label>
            Label
            <input value={o.label} onChange={(e) => onChange({ label: e.target.value })} required />
          </label>
        )}
        <label>
          Plan
          <select value={o.planKey} onChange={(e) => onChange({ planKey: e.target.value, addOnKeys: [], packs: [], customPrices: {}, discounts: [] })}>
            {plans.map((p) => (
              <option key={p.key} value={p.key}>
                {p.name} ({p.pricing.summary})
              </option>
            ))}
          </select>
        </label>
      </div>
      {addOns.length > 0 && (
        <div className="checks">
          Add-ons:
          {addOns.map((a) => (
            <label key={a.key} className="inline">
              <input
                type="checkbox"
                checked={o.addOnKeys.includes(a.key)}
                onChange={(e) => onChange({ addOnKeys: e.target.checked ? [...o.addOnKeys, a.key] : o.addOnKeys.filter((k) => k !== a.key) })}
              />
              {a.name}
            </label>
          ))}
        </div>
      )}
      {packs.length > 0 && (
        <div className="checks">
          Credit packs:
          {packs.map((pack) => {
            const chosen = o.packs.find((p) => p.credits === pack.credits);
            return (
              <label key={pack.credits} className="inline">
                {pack.credits} credits ×
                <input
                  className="short"
                  inputMode="numeric"
                  value={chosen?.quantity ?? ""}
                  onChange={(e) => {
                    const rest = o.packs.filter((p) => p.credits !== pack.credits);
                    onChange({ packs: e.target.value === "" ? rest : [...rest, { credits: pack.credits, quantity: e.target.value }] });
                  }}
                />
              </label>
            );
          })}
        </div>
      )}
      {inQuote
        .filter((p) => p.pricing.kind === "QUOTE_BASED")
        .map((p) => (
          <label key={p.key}>
            Agreed price for {p.name} (whole term, empty = on request)
            <input inputMode="decimal" value={o.customPrices[p.key] ?? ""} onChange={(e) => onChange({ customPrices: { ...o.customPrices, [p.key]: e.target.value } })} />
          </label>
        ))}
      <div className="discounts">
        {o.discounts.map((d, j) => (
          <div key={j} className="grid">
            <label>
              Discount on
              <select value={d.line} onChange={(e) => onChange({ discounts: o.discounts.map((x, k) => (k === j ? { ...x, line: e.target.value } : x)) })}>
                <option value="">the total</option>
                {lineNames.map((name, k) => (
                  <option key={k} value={String(k)}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Kind
              <select value={d.kind} onChange={(e) => onChange({ discounts: o.discounts.map((x, k) => (k === j ? { ...x, kind: e.target.value as DiscountForm["kind"] } : x)) })}>
                <option value="PERCENT">percent</option>
                <option value="AMOUNT">amount</option>
              </select>
            </label>
            <label>
              Value
              <input inputMode="decimal" value={d.value} onChange={(e) => onChange({ discounts: o.discounts.map((x, k) => (k === j ? { ...x, value: e.target.value } : x)) })} />
            </label>
            <label>
              Reason
              <input value={d.reason} onChange={(e) => onChange({ discounts: o.discounts.map((x, k) => (k === j ? { ...x, reason: e.target.value } : x)) })} />
            </label>
            <button type="button" className="secondary small" onClick={() => onChange({ discounts: o.discounts.filter((_, k) => k !== j) })}>
              Remove discount
            </button>
          </div>
        ))}
      </div>
      <div className="actions">
        <button type="button" className="secondary small" onClick={() => onChange({ discounts: [...o.discounts, { line: "", kind: "PERCENT", value: "", reason: "" }] })}>
          Add a discount
        </button>
        {props.onRemove && (
          <button type="button" className="secondary small" onClick={props.onRemove}>
            Remove this alternative
          </button>
        )}
      </div>
      {plan && !plan.isTier && (
        <p className="muted small">{plan.name} is usually sold as an add-on.</p>
      )}
    </fieldset>
  );
}

/** What the server priced: lines, discounts and totals per option, as stored with the quote. */
function Priced({ quote }: { quote: QuoteData }) {
  return (
    <div className="columns">
      {quote.options.map((o, i) => (
        <article key={i} className={`card option${quote.acceptedOption === i ? " chosen" : ""}`} aria-label={`Priced ${o.label ?? o.planName}`}>
          <h2>{o.label ? `${o.label}: ${o.planName}` : o.planName}</h2>
          <QuoteLines lines={o.lines} total={o.total} currency={quote.currency} />
          {o.discountPercent !== "0" && <p className="muted small">{o.discountPercent}% off the undiscounted total</p>}
          {!o.eligible && (
            <ul className="warning small">
              {o.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          )}
        </article>
      ))}
      {quote.guarantee && (
        <p>
          Guarantee: {quote.guarantee.days} days
          {quote.guarantee.startsOn && `, ${day(quote.guarantee.startsOn)} – ${day(quote.guarantee.endsOn)}`}
        </p>
      )}
    </div>
  );
}

/** The catalog's tiers priced by the server for this customer's figures, to choose from. */
function TierPicker(props: {
  catalog: CatalogChoice;
  form: QuoteForm;
  onChoose: (planKey: string) => void;
  onAddAlternative: ((planKey: string) => void) | null;
}) {
  const { catalog, form } = props;
  const count = (v: string) => (/^\d{1,6}$/.test(v.trim()) ? Number(v.trim()) : null);
  const figures = {
    licensePrice: decimalInput(form.licensePrice),
    projectBudget: decimalInput(form.projectBudget),
    termYears: Math.min(10, Math.max(1, count(form.termYears) ?? 1)),
    agents: count(form.agents),
    bots: count(form.bots),
    licenseEdition: form.licenseEdition || null,
  };
  const tiers = catalog.plans.filter((p) => p.isTier);
  const prices = usePlanPrices(catalog.slug, tiers, figures);
  const chosen = new Set(form.options.map((o) => o.planKey));
  return (
    <div className="card" aria-label="Tiers for this customer">
      <h2>Tiers for this customer</h2>
      <div className="tiers">
        {tiers.map((plan) => {
          const price = prices.priceOf(plan.key);
          return (
            <div key={plan.key} className={`tier${chosen.has(plan.key) ? " chosen" : ""}`} data-plan={plan.key}>
              <strong>{plan.name}</strong>
              <div className="price">
                {price ? (money(price.total, catalog.currency) ?? "Price on request") : prices.loading ? "…" : plan.pricing.summary}
              </div>
              {price && !price.eligible && (
                <ul className="warning small">
                  {price.reasons.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              )}
              <div className="actions">
                <button type="button" className="secondary small" onClick={() => props.onChoose(plan.key)} aria-label={`Choose ${plan.name}`}>
                  Choose
                </button>
                {props.onAddAlternative && (
                  <button type="button" className="secondary small" onClick={() => props.onAddAlternative!(plan.key)} aria-label={`Offer ${plan.name} as an alternative`}>
                    + alternative
                  </button>
                )}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
