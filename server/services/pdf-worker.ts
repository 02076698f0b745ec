import { parentPort } from "node:worker_threads";
import { defaultFonts, renderQuotePdf, type AcceptanceRecord } from "./quote-pdf.js";
import type { QuoteRecord } from "./quote.service.js";

/** One render asked of a PDF worker thread. */
export interface PdfJob {
  record: QuoteRecord;
  acceptance: AcceptanceRecord | null;
  /** Tests only: keep the worker's thread busy this long first, as a very slow layout would. */
  slowMs?: number;
}

export type PdfAnswer = { pdf: Uint8Array } | { error: string };

const port = parentPort;
if (port) {
  // Read the fonts once, when the worker starts, not on each render.
  const fonts = defaultFonts();
  port.on("message", (job: PdfJob) => {
    if (job.slowMs) {
      const end = Date.now() + job.slowMs;
      while (Date.now() < end);
    }
    renderQuotePdf(job.record, job.acceptance, fonts).then(
      (pdf) => {
        // A copy with an ArrayBuffer of its own, handed over without another copy.
        const bytes = new Uint8Array(pdf);
        port.postMessage({ pdf: bytes } satisfies PdfAnswer, [bytes.buffer]);
      },
      (error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies PdfAnswer),
    );
  });
}
