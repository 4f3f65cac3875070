/**
 * Prospectus PDFs are laid out in a worker thread (node:worker_threads), so the event loop
 * that answers pages never runs pdfkit: a burst of PDFs only queues PDFs (docs/decisions/0019).
 *
 * The worker is the server build itself (`build/index.js`) started with
 * `workerData.role === WORKER_ROLE`: entry.server.tsx then calls `serveProspectusRenders()`
 * instead of preparing the content source, so the worker runs the very same renderer
 * (app/prospectus/pdf.server.ts), fonts and UI strings as the main thread would. Input and
 * output are plain data: the views the route computed, the UI-string overrides of the
 * request (staff's texts) and the PDF bytes back (transferred, not copied).
 *
 * One worker, started on the first render and restarted if it dies; the queue and the
 * one-render-at-a-time limit stay in app/prospectus/service.server.ts.
 */
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { currentUiStrings, runWithUiStrings, uiStringsWith, type UiStrings } from "~/i18n/i18next.server";
import type { ValidOverride } from "~/i18n/overrides";
import { renderProspectus, type ProspectusInput } from "./pdf.server";

export const WORKER_ROLE = "prospectus-renderer";

interface RenderRequest {
  id: number;
  input: ProspectusInput;
  overrides: readonly ValidOverride[];
}

type RenderReply = { id: number; ok: true; pdf: ArrayBuffer } | { id: number; ok: false; message: string };

/** True in the worker thread this module starts. */
export function isProspectusWorker(): boolean {
  return !isMainThread && (workerData as { role?: unknown } | null)?.role === WORKER_ROLE;
}

/** The worker's side: render each request with its UI strings, answer with the PDF's bytes. */
export function serveProspectusRenders(): void {
  const port = parentPort;
  if (!port) throw new Error("serveProspectusRenders runs in a worker thread");
  // The overrides' strings, built once per set (a fork of i18next per set, as on the main thread).
  let strings: { version: string; value: UiStrings } | undefined;
  port.on("message", async ({ id, input, overrides }: RenderRequest) => {
    try {
      const version = JSON.stringify(overrides);
      if (strings?.version !== version) strings = { version, value: uiStringsWith(overrides) };
      const body = await runWithUiStrings(strings.value, () => renderProspectus(input));
      // A copy of exactly the PDF's bytes (pdfkit's Buffer may sit in a larger pool), moved to the main thread.
      const pdf = new Uint8Array(body).buffer;
      port.postMessage({ id, ok: true, pdf } satisfies RenderReply, [pdf]);
    } catch (error) {
      port.postMessage({
        id,
        ok: false,
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
    }
  });
}

/** The main thread's side: one worker, its pending renders by id. */
export class ProspectusRenderer {
  private worker: Worker | undefined;
  private next = 0;
  private pending = new Map<number, { resolve: (pdf: Buffer) => void; reject: (error: Error) => void }>();

  /** `entry`: the module the worker runs (the server build); it must call `serveProspectusRenders()` for WORKER_ROLE. */
  constructor(private readonly entry: URL) {}

  render(input: ProspectusInput, overrides: readonly ValidOverride[]): Promise<Buffer> {
    const worker = this.start();
    const id = this.next++;
    // Kept alive while it owes an answer, not while it idles (the server's listener keeps the process).
    worker.ref();
    return new Promise<Buffer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, input, overrides } satisfies RenderRequest);
    });
  }

  /** Stops the worker (tests; a render still pending is refused). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.entry, { workerData: { role: WORKER_ROLE } });
    worker.on("message", (reply: RenderReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (this.pending.size === 0) worker.unref();
      if (reply.ok) waiting.resolve(Buffer.from(reply.pdf));
      else waiting.reject(new Error(`The prospectus worker failed: ${reply.message}`));
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`The prospectus worker exited (code ${code})`)));
    this.worker = worker;
    return worker;
  }
}

// One per process, on globalThis like the service's state (remix dev re-imports the build).
const holder = globalThis as typeof globalThis & { __prospectusRenderer?: ProspectusRenderer | null };

/**
 * The renderer for this process: a worker running the server build when this module is part of
 * it (a `.js` file: `npx remix build`), none when it is loaded as TypeScript (unit tests),
 * where renders stay on the calling thread.
 */
function processRenderer(): ProspectusRenderer | null {
  if (holder.__prospectusRenderer === undefined) {
    const self = new URL(import.meta.url);
    holder.__prospectusRenderer = /\.[cm]?js$/.test(self.pathname) ? new ProspectusRenderer(self) : null;
  }
  return holder.__prospectusRenderer;
}

/** Renders the prospectus off the event loop (in the worker) with the current request's UI strings. */
export function renderProspectusOffThread(input: ProspectusInput): Promise<Buffer> {
  const renderer = processRenderer();
  if (!renderer) return renderProspectus(input);
  return renderer.render(input, currentUiStrings().overrides);
}
