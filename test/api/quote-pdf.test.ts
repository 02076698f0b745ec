import { extractText, getDocumentProxy } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { printable } from "../../server/services/quote-pdf.js";
import { MAX_PRINTED_CHARS } from "../../server/services/pdf-text.js";
import { startTestApp } from "../support/app.js";

const t = await startTestApp({ clock: () => new Date("2026-11-22T10:00:00Z") });

const CREATE = `mutation($input: QuoteInput!) { createQuote(input: $input) { id number lockVersion } }`;
const SEND = `mutation($id: ID!, $v: Int!) { sendQuote(id: $id, lockVersion: $v) { quote { id number } link { id token } } }`;
const customer = { company: "Acme Corp", name: "Jane Buyer", email: "jane@acme.example" };

/** What the standard PDF fonts print (WinAnsi); anything else read back is garbage. */
const WIN_ANSI_TEXT = /^[\n\x20-\x7e\xa0-\xff–—‘’‚“”„†‡•…€‰‹›ˆ™ŒœŠš˜ŸŽžƒ]*$/;

let sales: Awaited<ReturnType<typeof t.signIn>>;
beforeAll(async () => {
  sales = await t.signIn("SALES");
});

async function create(input: Record<string, unknown>) {
  const answer = await sales.gql(CREATE, { input: { customer, ...input } });
  expect(answer.errors).toBeUndefined();
  return answer.data.createQuote as { id: string; number: string; lockVersion: number };
}

async function send(quote: { id: string; lockVersion: number }) {
  const answer = await sales.gql(SEND, { id: quote.id, v: quote.lockVersion });
  expect(answer.errors).toBeUndefined();
  return answer.data.sendQuote as { quote: { id: string; number: string }; link: { id: string; token: string } };
}

function get(url: string, headers: Record<string, string> = {}) {
  return t.app.http.inject({ method: "GET", url, headers });
}

/** The text of each page as a PDF reader extracts it, and all of it with line breaks as spaces. */
async function read(body: Buffer) {
  const pdf = await getDocumentProxy(new Uint8Array(body));
  const { totalPages, text } = await extractText(pdf, { mergePages: false });
  return { totalPages, pages: text, lines: text.flatMap((p) => p.split("\n")), flat: text.join(" ").replace(/\s+/g, " ") };
}

describe("the PDF of a quote", () => {
  it("shows a sales rep the number, customer, lines with the discount, total, validity, SLA and exclusions", async () => {
    const q = await create({
      catalogSlug: "beesender",
      licensePrice: "50000",
      options: [{ planKey: "business", discounts: [{ lineKey: "business", kind: "PERCENT", value: "5", label: "Loyal customer", reason: "Matched competitor offer" }] }],
    });
    await send(q);
    const res = await get(`/quotes/${q.id}/pdf`, sales.headers);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.headers["content-disposition"]).toBe(`inline; filename="${q.number}.pdf"`);
    expect(res.headers["cache-control"]).toBe("private, no-store");
    expect(res.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");

    const { lines, flat, pages } = await read(res.rawPayload);
    expect(lines).toContain(`Quote ${q.number}`);
    expect(lines).toContain("Date sent 22 Nov 2026");
    expect(flat).toContain("Valid until 22 Dec 2026 (end of day, UTC)");
    expect(lines).toContain("Company Acme Corp");
    expect(lines).toContain("Contact Jane Buyer");
    expect(lines).toContain("Email jane@acme.example");
    expect(lines).toContain("Catalog Beesender, version 1");
    expect(lines).toContain("License price 50,000 USD");
    expect(lines).toContain("Term 1 year");
    expect(lines).toContain("Your plan: Business");
    expect(lines).toContain("5,000.00 USD");
    expect(lines).toContain("Subtotal before discounts 5,000.00 USD");
    expect(lines).toContain("Discount on Business: Loyal customer 5% off -250.00 USD");
    // The reason behind a discount is for staff only.
    expect(flat).not.toContain("Matched competitor offer");
    expect(lines).toContain("Total 4,750.00 USD");
    expect(lines).toContain("P1 1 business hour");
    expect(lines).toContain("P2 4 business hours");
    expect(flat).toContain("Support hours every day 09:00–18:00 (+01:00");
    expect(lines).toContain("Modifications in Beesender packages");
    expect(flat).toContain("this automatically removes the possibility for our team to provide you with the support.");
    expect(flat).not.toMatch(/ACCEPTED|DECLINED|EXPIRED/);
    expect(pages[0]).toMatch(/Page 1 of \d/);
    expect(pages.join("\n")).toMatch(WIN_ANSI_TEXT);
  });

  it("takes the session token as a bearer token too, and refuses anyone signed out", async () => {
    const q = await create({ catalogSlug: "beesender", licensePrice: "50000", options: [{ planKey: "business" }] });
    const token = sales.headers.cookie.split("=")[1];
    const bearer = await get(`/quotes/${q.id}/pdf`, { authorization: `Bearer ${token}` });
    expect(bearer.statusCode).toBe(200);
    expect((await read(bearer.rawPayload)).lines).toContain("Date sent Not sent yet (draft)");

    const anonymous = await get(`/quotes/${q.id}/pdf`);
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers["content-type"]).toMatch(/^application\/json/);
    expect(anonymous.json()).toEqual({ errors: [{ message: "Sign in to do this", extensions: { code: "UNAUTHENTICATED" } }] });
    expect((await get(`/quotes/${q.id}/pdf`, { authorization: "Bearer made-up" })).statusCode).toBe(401);
  });

  it("answers 404 for a quote that does not exist", async () => {
    for (const id of ["00000000-0000-4000-8000-000000000000", "not-an-id"]) {
      const res = await get(`/quotes/${id}/pdf`, sales.headers);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({ errors: [{ message: "There is no such quote", extensions: { code: "NOT_FOUND" } }] });
    }
  });

  it("prints the guarantee window of the budget band and the catalog's exclusions", async () => {
    const q = await create({ catalogSlug: "aimaras", projectBudget: "75000", goLiveDate: "2027-01-15", options: [{ planKey: "premium" }] });
    const { lines, flat } = await read((await get(`/quotes/${q.id}/pdf`, sales.headers)).rawPayload);
    expect(lines).toContain("Project budget 75,000 USD");
    expect(lines).toContain("Go-live date 15 Jan 2027");
    expect(lines).toContain("Total 15,000.00 USD");
    expect(flat).toContain("Post-project guarantee 60 days, from 15 Jan 2027 to 15 Mar 2027 (both included).");
    expect(lines).toContain("Severity A 1 business hour");
    expect(lines).toContain("Severity D 4 business hours");
    expect(lines).toContain("The post-project guarantee DOES NOT COVER issues caused by");
    expect(lines).toContain("• client errors");
  });

  it("lists alternatives with their labels and says which one the customer accepted", async () => {
    const q = await create({
      catalogSlug: "beesender",
      licensePrice: "50000",
      options: [
        { label: "Good", planKey: "basic" },
        { label: "Better", planKey: "business" },
        { label: "Best", planKey: "premium" },
      ],
    });
    const { link } = await send(q);
    const accepted = await t.gql(`mutation($t: String!) { acceptSharedQuote(token: $t, name: "Jane Buyer", option: 1, acknowledged: true) { status } }`, { t: link.token });
    expect(accepted.data.acceptSharedQuote.status).toBe("ACCEPTED");
    const { lines } = await read((await get(`/quotes/${q.id}/pdf`, sales.headers)).rawPayload);
    expect(lines).toContain("ACCEPTED by Jane Buyer on 22 Nov 2026 (option 2: Better)");
    expect(lines).toContain("Option 1: Good (Basic)");
    expect(lines).toContain("Option 2: Better (Business) (accepted)");
    expect(lines).toContain("Option 3: Best (Premium)");
    const totals = lines.filter((l) => l.startsWith("Total "));
    expect(totals).toEqual(["Total 0.00 USD", "Total 5,000.00 USD", "Total 10,000.00 USD"]);
    expect(lines).toContain("Premium");
    expect(lines).toContain("Support hours 24/7");
  });

  it("opens through a share link without signing in, and not once the link is revoked", async () => {
    const q = await create({ catalogSlug: "beesender", licensePrice: "50000", options: [{ planKey: "premium" }] });
    const { link } = await send(q);
    const res = await get(`/q/${link.token}/pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-disposition"]).toBe(`inline; filename="${q.number}.pdf"`);
    expect(res.headers["cache-control"]).toBe("private, no-store");
    const { lines } = await read(res.rawPayload);
    expect(lines).toContain(`Quote ${q.number}`);
    expect(lines).toContain("Total 10,000.00 USD");
    const declined = await t.gql(`mutation($t: String!) { declineSharedQuote(token: $t, name: "Jane", reason: "Too expensive") { status } }`, { t: link.token });
    expect(declined.data.declineSharedQuote.status).toBe("DECLINED");
    expect((await read((await get(`/q/${link.token}/pdf`)).rawPayload)).lines).toContain("DECLINED by Jane on 22 Nov 2026: Too expensive");

    const revoked = await sales.gql(`mutation($id: ID!, $l: ID!) { revokeShareLink(quoteId: $id, linkId: $l) { id } }`, { id: q.id, l: link.id });
    expect(revoked.errors).toBeUndefined();
    const gone = await get(`/q/${link.token}/pdf`);
    expect(gone.statusCode).toBe(404);
    expect(gone.json().errors[0].extensions).toEqual({ code: "NOT_FOUND" });
    expect((await get(`/q/made-up-token/pdf`)).statusCode).toBe(404);
  });

  it("runs a long quote over several pages, each with its footer, continuing tables under their header", async () => {
    const reason = "Multi-year commitment agreed with procurement, including the pilot phase and the second rollout wave";
    const everything = (label: string) => ({
      label,
      planKey: "enterprise",
      addOnKeys: ["premium", "configuration"],
      customPrices: [
        { planKey: "enterprise", amount: "24000" },
        { planKey: "premium", amount: "1234567.89" },
        { planKey: "configuration", amount: "5000" },
      ],
      discounts: [
        { lineIndex: 0, kind: "AMOUNT", value: "1000", reason },
        { lineIndex: 1, kind: "PERCENT", value: "3", label: reason, reason: "Internal" },
        { lineIndex: 2, kind: "PERCENT", value: "3", reason },
      ],
    });
    // Sixteen discounts with long reasons make a table longer than a page.
    const many = {
      label: "Full, staged",
      planKey: "enterprise",
      customPrices: [{ planKey: "enterprise", amount: "24000" }],
      discounts: Array.from({ length: 16 }, (_, i) => ({ lineKey: "enterprise", kind: "AMOUNT", value: "10", label: `Stage ${i + 1}: ${reason}`, reason: "Staged rollout" })),
    };
    const q = await create({
      catalogSlug: "pipe17",
      options: [{ label: "On request", planKey: "configuration" }, everything("Full"), { label: "Included", planKey: "standard" }, many],
    });
    const { totalPages, pages, lines, flat } = await read((await get(`/quotes/${q.id}/pdf`, sales.headers)).rawPayload);
    expect(totalPages).toBeGreaterThan(2);
    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${totalPages}`));
    expect(lines).toContain("Configuration Support Price on request Price on request");
    expect(lines).toContain("Total Total on request");
    expect(lines).toContain("Premium Support Price agreed for this quote 1,234,567.89 USD");
    expect(flat).toContain(`Discount on Premium Support: ${reason} 3% off -37,037.04 USD`);
    expect(lines).toContain("Total 1,225,380.85 USD");
    expect(flat).toContain(`Discount on Enterprise Support: Stage 16: ${reason} Amount off -10.00 USD`);
    expect(lines).toContain("Total 23,840.00 USD");
    const continued = pages.map((p) => p.split("\n")).filter(([first]) => /^Option 4: Full, staged \(Enterprise Support\) \(continued\)$/.test(first));
    expect(continued.length).toBeGreaterThan(0);
    for (const page of continued) expect(page[1]).toBe("Item Detail Amount");
    expect(pages.join("\n")).toMatch(WIN_ANSI_TEXT);
  });

  it("prints Hebrew, Arabic, Chinese, Japanese, Korean, emoji and accents as typed, right-to-left names in reading order from the right edge", async () => {
    const q = await create({
      catalogSlug: "beesender",
      customer: { company: "Łódź Analytics ✓ → Zürich 😀 東京商事 さくら 서울상사", name: "דנה כהן", email: "zoe@lodz.example" },
      licensePrice: "50000",
      options: [{ planKey: "business", discounts: [{ lineIndex: 0, kind: "PERCENT", value: "5", label: "خصم التجديد ≥ 3 سنوات", reason: "Renewal" }] }],
    });
    const body = (await get(`/quotes/${q.id}/pdf`, sales.headers)).rawPayload;
    const text = pdfToText(body).replace(/\s+/g, " ");
    expect(text).toContain("Łódź Analytics ✓ → Zürich 😀 東京商事 さくら 서울상사");
    expect(text).toContain("דנה כהן");
    expect(text).toContain("خصم التجديد");
    expect(text).not.toContain("?");
    // A right-to-left name starts at the right edge of its column: it ends further right than the (longer) email below it.
    const words = [...execFileSync("pdftotext", ["-bbox", "-enc", "UTF-8", "-", "-"], { input: body }).toString().matchAll(/<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)];
    // (-bbox lists words as drawn, left to right, so Hebrew ones spelt backwards.)
    const rightEdge = (pattern: RegExp) => Math.max(...words.filter((w) => pattern.test(w[2])).map((w) => Number(w[1])));
    expect(rightEdge(/^zoe@lodz\.example$/)).toBeGreaterThan(0);
    expect(rightEdge(/[\u05d0-\u05ea]/)).toBeGreaterThan(rightEdge(/^zoe@lodz\.example$/) + 50);
    // Embedded (subset) fonts, not the standard ones that only know WinAnsi.
    const fonts = execFileSync("pdffonts", ["-"], { input: body }).toString();
    for (const family of ["NotoSans-", "NotoSansHebrew", "NotoNaskhArabic", "NotoEmoji", "NotoSansHans", "NotoSansKR"]) expect(fonts).toContain(family);
    expect(fonts).not.toContain("Helvetica");
  });

  it("prints a 100,000-character unbroken company name cut short with an ellipsis on the page", async () => {
    const q = await create({ catalogSlug: "beesender", licensePrice: "50000", options: [{ planKey: "business" }] });
    // Stored directly: the API bounds names, the PDF must stay safe whatever is stored.
    await t.dataSource.query(`UPDATE quote SET customer_company = $1 WHERE id = $2`, ["Ж".repeat(100_000), q.id]);
    const res = await get(`/quotes/${q.id}/pdf`, sales.headers);
    expect(res.statusCode).toBe(200);
    const { pages } = await read(res.rawPayload);
    const text = pdfToText(res.rawPayload);
    // Printed on the page up to the bound of lines a field takes, then "…" (also on the page).
    const shown = text.match(/Ж/g)?.length ?? 0;
    expect(shown).toBeGreaterThan(200);
    expect(shown).toBeLessThan(MAX_PRINTED_CHARS);
    expect(text).toMatch(/Ж\s*…/);
    expect(pages.length).toBeLessThan(12);
  });
});

/** The PDF's text as poppler's pdftotext reads it (it puts right-to-left runs back in reading order). */
function pdfToText(body: Buffer): string {
  return execFileSync("pdftotext", ["-enc", "UTF-8", "-", "-"], { input: body }).toString();
}

describe("printable", () => {
  it.each([
    ["Mon–Fri 09:00–18:00 “quoted” €5 …", "Mon–Fri 09:00–18:00 “quoted” €5 …"],
    ["a\tb\u00a0c\u202fd", "a b\u00a0c d"],
    ["soft\u00adhyphen, zero\u200bwidth, nul\u0000", "softhyphen, zerowidth, nul"],
    ["Dvořák, Łukasz, 東京 😀, שלום, مرحبا", "Dvořák, Łukasz, 東京 😀, שלום, مرحبا"],
    ["line one\nline two", "line one\nline two"],
  ])("prints %j as %j", (input, expected) => {
    expect(printable(input)).toBe(expected);
  });

  it("keeps at most the bound of characters, then an ellipsis", () => {
    expect(printable("é".repeat(5000))).toBe(`${"é".repeat(MAX_PRINTED_CHARS)}…`);
  });
});
