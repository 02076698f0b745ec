import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { PdfAnswer, PdfJob } from "./pdf-worker.js";
import type { AcceptanceRecord } from "./quote-pdf.js";
import type { QuoteRecord } from "./quote.service.js";

export interface PdfRendererOptions {
  /** Worker threads rendering at once (PDF_WORKERS, default 2). */
  workers?: number;
  /** A render still running after this long is stopped, its worker ended (PDF_TIMEOUT_SECONDS, default 15 s). */
  timeoutMs?: number;
  /** Renders waiting for a worker; one more is refused at once. */
  queueLimit?: number;
  /** Tests only: each render first keeps its worker busy this long. */
  slowMs?: number;
}

/** Why a PDF could not be made in time; answered 503 in the GraphQL error shape. */
export class PdfUnavailableError extends Error {
  constructor(
    readonly code: "PDF_TIMEOUT" | "PDF_BUSY",
    message: string,
  ) {
    super(message);
  }
}

interface Job {
  work: PdfJob;
  resolve: (pdf: Buffer) => void;
  reject: (error: Error) => void;
}

/** The compiled worker: beside this file once built, in dist/ when this file runs from source (tests). */
function workerFile(): URL {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith(".js")) return new URL("./pdf-worker.js", import.meta.url);
  const built = path.resolve(path.dirname(here), "../../dist/server/services/pdf-worker.js");
  if (!existsSync(built)) throw new Error(`no PDF worker at ${built}: run \`npm run build:server\` first (npm test does)`);
  return pathToFileURL(built);
}

/**
 * Renders quote PDFs on worker threads, never on the event loop that answers requests:
 * pdfkit's layout of hostile text can take seconds. A render that outlives its time limit
 * has its worker terminated (a fresh one takes its place) and is answered PDF_TIMEOUT.
 */
export class PdfRenderer {
  private readonly size: number;
  private readonly timeoutMs: number;
  private readonly queueLimit: number;
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private live = 0;
  private closed = false;

  constructor(private readonly options: PdfRendererOptions = {}) {
    this.size = options.workers ?? 2;
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.queueLimit = options.queueLimit ?? 50;
  }

  render(record: QuoteRecord, acceptance: AcceptanceRecord | null): Promise<Buffer> {
    if (this.closed) return Promise.reject(new PdfUnavailableError("PDF_BUSY", "The server is stopping; try again in a moment"));
    if (this.queue.length >= this.queueLimit) {
      return Promise.reject(new PdfUnavailableError("PDF_BUSY", "Too many PDFs are being made right now; try again in a moment"));
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ work: { record, acceptance, slowMs: this.options.slowMs }, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new PdfUnavailableError("PDF_BUSY", "The server is stopping; try again in a moment"));
    await Promise.all(this.idle.splice(0).map((w) => w.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0 && (this.idle.length > 0 || this.live < this.size)) {
      const worker = this.idle.pop() ?? this.spawn();
      this.run(worker, this.queue.shift()!);
    }
  }

  private spawn(): Worker {
    this.live++;
    // A bound on memory too: a render that would need more fails instead of growing the process.
    const worker = new Worker(workerFile(), { resourceLimits: { maxOldGenerationSizeMb: 256 } });
    // Idle workers do not hold the process open; a render in flight has its timer that does.
    worker.unref();
    return worker;
  }

  private run(worker: Worker, job: Job): void {
    let done = false;
    const finish = (keep: boolean) => {
      done = true;
      clearTimeout(timer);
      worker.off("message", onMessage).off("error", onFailure).off("exit", onFailure);
      if (keep && !this.closed) this.idle.push(worker);
      else {
        this.live--;
        void worker.terminate();
      }
      this.pump();
    };
    const onMessage = (answer: PdfAnswer) => {
      if (done) return;
      finish(true);
      if ("pdf" in answer) job.resolve(Buffer.from(answer.pdf.buffer, answer.pdf.byteOffset, answer.pdf.byteLength));
      else job.reject(new Error(`the PDF could not be made: ${answer.error}`));
    };
    const onFailure = (error: unknown) => {
      if (done) return;
      finish(false);
      job.reject(error instanceof Error ? error : new Error(`the PDF worker stopped (${String(error)})`));
    };
    const timer = setTimeout(() => {
      if (done) return;
      finish(false);
      job.reject(new PdfUnavailableError("PDF_TIMEOUT", "The PDF took too long to make and was stopped; try again later or ask your contact for a copy"));
    }, this.timeoutMs);
    worker.on("message", onMessage).on("error", onFailure).on("exit", onFailure);
    worker.postMessage(job.work);
  }
}
