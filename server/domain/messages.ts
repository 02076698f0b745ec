/*
 * The emails Tierwise sends, as plain text and simple HTML, signed with the vendor's name.
 * They carry only what the customer may read: never discount reasons or approval notes.
 */

export interface Message {
  kind: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function message(kind: string, to: string, subject: string, vendor: string, paragraphs: string[], link: string | null = null): Message {
  const text = [...paragraphs, ...(link ? [link] : []), `— ${vendor}`].join("\n\n");
  const html = [
    ...paragraphs.map((p) => `<p>${escape(p)}</p>`),
    ...(link ? [`<p><a href="${escape(link)}">${escape(link)}</a></p>`] : []),
    `<p>— ${escape(vendor)}</p>`,
  ].join("\n");
  return { kind, to, subject: `${vendor}: ${subject}`, text, html };
}

export interface QuoteFacts {
  vendor: string;
  number: string;
  company: string;
  customerName: string;
  customerEmail: string;
}

export function quoteSentMessage(q: QuoteFacts, url: string, validUntil: string | null): Message {
  return message(
    "quote.sent",
    q.customerEmail,
    `your quote ${q.number}`,
    q.vendor,
    [`Dear ${q.customerName},`, `Your quote ${q.number} for ${q.company} is ready${validUntil ? `; it is valid until ${validUntil}` : ""}. Open it here to read it, download the PDF, and accept or decline it:`],
    url,
  );
}

export function acceptanceConfirmation(q: QuoteFacts, option: string, digest: string): Message {
  return message("quote.accepted.customer", q.customerEmail, `you accepted quote ${q.number}`, q.vendor, [
    `Dear ${q.customerName},`,
    `Thank you: you accepted quote ${q.number} (${option}) for ${q.company}.`,
    `The record of what you accepted has the content digest SHA-256 ${digest}; the quote's PDF carries the same record.`,
  ]);
}

export function repAcceptedMessage(q: QuoteFacts, rep: string, option: string, by: string): Message {
  return message("quote.accepted.rep", rep, `${q.number} was accepted`, q.vendor, [`${by} accepted quote ${q.number} (${option}) for ${q.company}.`]);
}

export function repDeclinedMessage(q: QuoteFacts, rep: string, by: string | null, reason: string | null): Message {
  return message("quote.declined.rep", rep, `${q.number} was declined`, q.vendor, [
    `${by ?? "The customer"} declined quote ${q.number} for ${q.company}.${reason ? ` Their reason: ${reason}` : ""}`,
  ]);
}

export function repRequestMessage(vendor: string, rep: string, reference: string, company: string, contactName: string, planName: string): Message {
  return message("request.new", rep, `new quote request ${reference}`, vendor, [
    `${contactName} (${company}) asked for a quote for ${vendor} ${planName}: request ${reference}, waiting in the sales queue.`,
  ]);
}

/** The owner told of an admin's decision; the admin's words stay in the quote, for staff to read there. */
export function repApprovalMessage(q: QuoteFacts, rep: string, approved: boolean): Message {
  return message(approved ? "quote.approved.rep" : "quote.rejected.rep", rep, `${q.number} was ${approved ? "approved" : "turned down"}`, q.vendor, [
    approved ? `An admin approved quote ${q.number} for ${q.company}; you can send it.` : `An admin turned down quote ${q.number} for ${q.company}; open it to read why.`,
  ]);
}

export function repInstantMessage(q: QuoteFacts, rep: string): Message {
  return message("quote.instant.rep", rep, `instant quote ${q.number}`, q.vendor, [
    `${q.customerName} (${q.company}) made instant quote ${q.number} from the public page; it was sent to ${q.customerEmail} and is yours.`,
  ]);
}
