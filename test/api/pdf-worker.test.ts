import { describe, expect, it } from "vitest";
import { startTestApp } from "../support/app.js";

const CREATE = `mutation($input: QuoteInput!) { createQuote(input: $input) { id number lockVersion } }`;
const SEND = `mutation($id: ID!, $v: Int!) { sendQuote(id: $id, lockVersion: $v) { link { token } } }`;
const CATALOG = `{ catalog(slug: "beesender") { name version } }`;

/** An app whose PDF workers spin `slowMs` before each render, as pdfkit does on hostile text; and a sent quote's share token. */
async function appWithSlowPdfs(pdf: { slowMs: number; timeoutMs: number }) {
  const t = await startTestApp({ pdf });
  const sales = await t.signIn("SALES");
  const created = await sales.gql(CREATE, {
    input: { catalogSlug: "beesender", licensePrice: "50000", customer: { company: "Acme", name: "Jane", email: "jane@acme.example" }, options: [{ planKey: "business" }] },
  });
  const quote = created.data.createQuote;
  const sent = await sales.gql(SEND, { id: quote.id, v: quote.lockVersion });
  return { t, token: sent.data.sendQuote.link.token as string, quote };
}

describe("PDFs are made off the event loop", () => {
  it("answers /healthz and an anonymous catalog read while a slow PDF is still rendering", async () => {
    const { t, token } = await appWithSlowPdfs({ slowMs: 4000, timeoutMs: 60_000 });
    const finished: string[] = [];
    const pdf = t.app.http.inject({ method: "GET", url: `/q/${token}/pdf` }).then((res) => {
      finished.push("pdf");
      return res;
    });
    // Give the request time to reach its worker, then ask the rest of the server.
    await new Promise((r) => setTimeout(r, 200));
    for (let i = 0; i < 3; i++) {
      const health = await t.app.http.inject({ method: "GET", url: "/healthz" });
      expect(health.statusCode).toBe(200);
      finished.push("healthz");
      const catalog = await t.gql(CATALOG);
      expect(catalog.data.catalog.name).toBe("Beesender");
      finished.push("catalog");
    }
    const res = await pdf;
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    // Everything else was answered before the PDF came back.
    expect(finished).toEqual(["healthz", "catalog", "healthz", "catalog", "healthz", "catalog", "pdf"]);
  });

  it("stops a render that runs out of time and answers 503 PDF_TIMEOUT in the GraphQL shape, and so on for the next (a fresh worker)", async () => {
    const slow = await appWithSlowPdfs({ slowMs: 5000, timeoutMs: 300 });
    const res = await slow.t.app.http.inject({ method: "GET", url: `/q/${slow.token}/pdf` });
    expect(res.statusCode).toBe(503);
    expect(res.headers["content-type"]).toMatch(/^application\/json/);
    expect(res.json()).toEqual({ errors: [{ message: expect.stringMatching(/took too long/), extensions: { code: "PDF_TIMEOUT" } }] });
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
    // The server is answering meanwhile: the worker was ended, not waited for.
    expect((await slow.t.app.http.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
    const again = await slow.t.app.http.inject({ method: "GET", url: `/q/${slow.token}/pdf` });
    expect(again.statusCode).toBe(503);
    expect(again.json().errors[0].extensions.code).toBe("PDF_TIMEOUT");
  });
});
