import { Decimal } from "decimal.js";
import type { DataSource } from "typeorm";

/**
 * Loopback load: prospects reading the public catalog and reps creating, revising and
 * sending quotes, for a bounded time. Each rep remembers what the server acknowledged, so
 * that afterwards the database can be held to it.
 */
export interface Rep {
  cookie: string;
}

export interface Acknowledged {
  id: string;
  /** The license price the last acknowledged write priced it for; its total is a tenth of it (Beesender Business). */
  licensePrice: number;
  sent: boolean;
  number: string;
}

export interface LoadResult {
  reads: number;
  /** Answers that were neither data nor (when tolerated) SERVICE_UNAVAILABLE. */
  errors: string[];
  /** Requests answered SERVICE_UNAVAILABLE or cut off while the database was away. */
  unavailable: number;
  quotes: Acknowledged[];
}

const CATALOG = `{ catalog(slug: "beesender") { name version plans { key } } }`;
const CREATE = `mutation($input: QuoteInput!) { createQuote(input: $input) { id number lockVersion total } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: QuoteInput!) { updateQuote(id: $id, lockVersion: $v, input: $input) { id lockVersion total } }`;
const SEND = `mutation($id: ID!, $v: Int!) { sendQuote(id: $id, lockVersion: $v) { quote { number status total } } }`;

const input = (licensePrice: number, rep: number) => ({
  catalogSlug: "beesender",
  licensePrice: String(licensePrice),
  customer: { company: `Load customer ${rep}`, name: "Pat Load", email: `load${rep}@example.com` },
  options: [{ planKey: "business" }],
});

export const expectedTotal = (licensePrice: number) => new Decimal(licensePrice).div(10).toFixed(2);

type Answer = { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };

export const emptyResult = (): LoadResult => ({ reads: 0, errors: [], unavailable: 0, quotes: [] });

/** Runs for `seconds` or until `signal.stop`; `result` (when given) fills as it goes. */
export async function runLoad(options: {
  base: string;
  seconds: number;
  prospects: number;
  reps: Rep[];
  tolerateUnavailable?: boolean;
  signal?: { stop: boolean };
  result?: LoadResult;
}): Promise<LoadResult> {
  const result = options.result ?? emptyResult();
  const deadline = Date.now() + options.seconds * 1000;
  const going = () => Date.now() < deadline && !options.signal?.stop;

  async function post(query: string, variables: Record<string, unknown>, cookie?: string): Promise<Answer | null> {
    let answer: Answer;
    try {
      const res = await fetch(`${options.base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(30_000),
      });
      answer = (await res.json()) as Answer;
    } catch (err) {
      if (options.tolerateUnavailable) {
        result.unavailable++;
        return null;
      }
      result.errors.push(`request failed: ${String(err)}`);
      return null;
    }
    const code = answer.errors?.[0]?.extensions?.code;
    if (code === "SERVICE_UNAVAILABLE" && options.tolerateUnavailable) {
      result.unavailable++;
      return null;
    }
    if (answer.errors) {
      result.errors.push(`${code}: ${answer.errors[0].message}`);
      return null;
    }
    return answer;
  }

  async function prospect(): Promise<void> {
    while (going()) {
      const answer = await post(CATALOG, {});
      if (answer && answer.data.catalog.name !== "Beesender") result.errors.push(`catalog answered ${JSON.stringify(answer.data)}`);
      if (answer) result.reads++;
      else if (options.tolerateUnavailable) await new Promise((r) => setTimeout(r, 50));
    }
  }

  async function rep(r: Rep, index: number): Promise<void> {
    while (going()) {
      const first = 20_000 + Math.floor(Math.random() * 70_000);
      const created = await post(CREATE, { input: input(first, index) }, r.cookie);
      if (!created) {
        await new Promise((res) => setTimeout(res, 50));
        continue;
      }
      const q = created.data.createQuote;
      const ack: Acknowledged = { id: q.id, number: q.number, licensePrice: first, sent: false };
      result.quotes.push(ack);
      if (q.total !== expectedTotal(first)) result.errors.push(`created ${q.number} for ${first} with total ${q.total}`);
      const revised = 20_000 + Math.floor(Math.random() * 70_000);
      const updated = await post(UPDATE, { id: q.id, v: q.lockVersion, input: input(revised, index) }, r.cookie);
      if (!updated) continue;
      ack.licensePrice = revised;
      const u = updated.data.updateQuote;
      if (u.total !== expectedTotal(revised)) result.errors.push(`revised ${q.number} to ${revised} with total ${u.total}`);
      const sent = await post(SEND, { id: q.id, v: u.lockVersion }, r.cookie);
      if (!sent) continue;
      ack.sent = true;
      if (sent.data.sendQuote.quote.status !== "SENT") result.errors.push(`sent ${q.number} reads ${sent.data.sendQuote.quote.status}`);
    }
  }

  await Promise.all([...Array.from({ length: options.prospects }, () => prospect()), ...options.reps.map((r, i) => rep(r, i))]);
  return result;
}

/** Signs `count` new sales reps in over HTTP. */
export async function signInReps(base: string, create: (email: string, password: string) => Promise<unknown>, count: number): Promise<Rep[]> {
  const reps: Rep[] = [];
  for (let i = 0; i < count; i++) {
    const email = `load-rep-${i}-${Date.now()}@example.com`;
    const password = "correct horse battery";
    await create(email, password);
    const res = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`, variables: { e: email, p: password } }),
    });
    reps.push({ cookie: String(res.headers.get("set-cookie")).split(";")[0] });
  }
  return reps;
}

/**
 * What the database holds against what was acknowledged: every acknowledged quote there
 * with its number, sent ones SENT with a tenth of their last license price as total, and
 * the numbers of the year one run without a gap or a double.
 */
export async function checkQuotes(ds: DataSource, acknowledged: Acknowledged[]): Promise<string[]> {
  const problems: string[] = [];
  const rows: { id: string; number: string; base_number: string; revision: number; status: string; total: string | null }[] = await ds.query(
    `SELECT id, number, base_number, revision, status, total::text AS total FROM quote`,
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const a of acknowledged) {
    const row = byId.get(a.id);
    if (!row) problems.push(`acknowledged quote ${a.number} is missing`);
    else if (row.number !== a.number) problems.push(`quote ${a.number} reads ${row.number}`);
    else if (a.sent && (row.status !== "SENT" || row.total === null || !new Decimal(row.total).eq(expectedTotal(a.licensePrice)))) {
      problems.push(`sent quote ${a.number} reads ${row.status}, total ${row.total}, expected ${expectedTotal(a.licensePrice)}`);
    }
  }
  const numbers = rows.filter((r) => r.revision === 1).map((r) => Number(r.base_number.split("-").pop()));
  const distinct = new Set(numbers);
  if (distinct.size !== numbers.length) problems.push(`${numbers.length - distinct.size} quote numbers used twice`);
  const sorted = [...distinct].sort((x, y) => x - y);
  if (sorted.length > 0 && sorted[sorted.length - 1] - sorted[0] + 1 !== sorted.length) problems.push(`quote numbers skip: ${sorted[0]}..${sorted[sorted.length - 1]} holds ${sorted.length}`);
  return problems;
}
