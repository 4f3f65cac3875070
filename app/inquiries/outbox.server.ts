/**
 * Copies stored inquiries to the Content Lake, or in the default mode to the site's own
 * content store, as private documents, exactly once in effect: the document id is fixed
 * by the local record (`inquiry.<uuid>`) and written with `createIfNotExists`, so a send
 * repeated after a crash or a lost answer changes nothing; a row is marked sent only
 * after the write was confirmed (committed). Failed sends wait with exponential backoff
 * (with jitter) and are retried on a timer for as long as it takes. Staff then see the
 * inquiries in the Studio's Inquiries desk; an anonymous reader never does (a dotted id
 * is private). Reasoning: docs/decisions/0004-inquiry-outbox.md.
 */
import { createClient, type SanityClient } from "@sanity/client";
import { runningStore } from "~/store/mount.server";
import { inquiryConfig, type SanityWriteConfig } from "./config.server";
import type { InquiryStore, StoredInquiry } from "./store.server";

export type SendInquiry = (doc: InquiryDocument) => Promise<void>;

export interface InquiryDocument {
  _id: string;
  _type: "inquiry";
  status: "new";
  reference: string;
  receivedAt: string;
  name: string;
  organisation: string;
  country: string;
  email: string;
  phone?: string;
  preferredLanguage: string;
  topic: string;
  opportunity?: { _type: "reference"; _ref: string; _weak: true };
  message: string;
  consent: boolean;
}

/** `inquiry.<uuid>`: ids with a dot are readable only with a token. */
export function inquiryDocument(inquiry: StoredInquiry): InquiryDocument {
  return {
    _id: `inquiry.${inquiry.id}`,
    _type: "inquiry",
    status: "new",
    reference: inquiry.reference,
    receivedAt: inquiry.receivedAt,
    name: inquiry.name,
    organisation: inquiry.organisation,
    country: inquiry.country,
    email: inquiry.email,
    ...(inquiry.phone ? { phone: inquiry.phone } : {}),
    preferredLanguage: inquiry.preferredLanguage,
    topic: inquiry.topic,
    // Weak: the opportunity may be unpublished later; the inquiry must survive that.
    ...(inquiry.opportunityId ? { opportunity: { _type: "reference", _ref: inquiry.opportunityId, _weak: true } } : {}),
    message: inquiry.message,
    consent: inquiry.consent,
  };
}

export function sanitySender(config: SanityWriteConfig): SendInquiry {
  const client: SanityClient = createClient({
    projectId: config.projectId,
    dataset: config.dataset,
    apiVersion: config.apiVersion,
    token: config.token,
    useCdn: false,
    timeout: 15_000,
    // The outbox does its own retries, with backoff that outlasts an outage.
    maxRetries: 0,
    ...(config.apiHost ? { apiHost: config.apiHost, useProjectHostname: false } : {}),
  });
  return async (doc) => {
    await client.createIfNotExists(doc, { returnDocuments: false, visibility: "sync", tag: "inquiry-outbox" });
  };
}

/**
 * Writes into the content store this process runs, as the "system" author. Throws while
 * the store is not running, so the row waits for the next attempt like any failed send.
 */
export function contentStoreSender(): SendInquiry {
  return async (doc) => {
    const running = runningStore();
    if (!running) throw new Error("the content store is not running");
    running.store.commit([{ createIfNotExists: doc }], { identity: null, author: "system" });
  };
}

export interface OutboxOptions {
  /** Where inquiries go, for log lines ("Sanity", "the content store"). */
  target?: string;
  baseDelayMs: number;
  maxDelayMs: number;
  now?: () => number;
  log?: (message: string) => void;
}

export class OutboxWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private again = false;
  private stopped = false;

  constructor(
    private readonly store: InquiryStore,
    private readonly send: SendInquiry,
    private readonly options: OutboxOptions,
  ) {}

  private now() {
    return this.options.now?.() ?? Date.now();
  }

  /** Delay before attempt n+1 after n failures: base·2ⁿ⁻¹, capped, ±20 % jitter so that many waiting rows don't retry in one burst. */
  delayAfter(failures: number): number {
    const raw = Math.min(this.options.maxDelayMs, this.options.baseDelayMs * 2 ** Math.max(0, failures - 1));
    return Math.round(raw * (0.8 + Math.random() * 0.4));
  }

  /** Sends what is due now; resolves to the number sent. One pass at a time per process. */
  drain(): Promise<number> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.pass().finally(() => {
      this.running = undefined;
      if (this.again && !this.stopped) {
        this.again = false;
        void this.drain();
      } else this.schedule();
    });
    return this.running;
  }

  private async pass(): Promise<number> {
    let sent = 0;
    for (;;) {
      const batch = this.store.due(this.now());
      if (batch.length === 0 || this.stopped) return sent;
      let failed = false;
      for (const { inquiry, attempts } of batch) {
        try {
          await this.send(inquiryDocument(inquiry));
          this.store.markSent(inquiry.id);
          sent++;
        } catch (error) {
          failed = true;
          const message = error instanceof Error ? error.message : String(error);
          this.store.markFailed(inquiry.id, message, this.now() + this.delayAfter(attempts + 1));
          this.options.log?.(
            `inquiry ${inquiry.reference} not yet in ${this.options.target ?? "Sanity"} (attempt ${attempts + 1}): ${message}`,
          );
        }
      }
      // After a failure the rest of the batch waits for its own backoff, not a hot loop.
      if (failed) return sent;
    }
  }

  /** Wakes at the next due entry (at most a minute away, so rows written by another process are seen). */
  private schedule(): void {
    clearTimeout(this.timer);
    if (this.stopped) return;
    const next = this.store.nextDue();
    const wait = next === undefined ? 60_000 : Math.min(60_000, Math.max(0, next - this.now()));
    this.timer = setTimeout(() => void this.drain(), wait);
    this.timer.unref();
  }

  /** A new inquiry was stored: try now, without holding the reader's request. */
  kick(): void {
    setImmediate(() => void this.drain());
  }

  start(): void {
    this.stopped = false;
    void this.drain();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }
}

const holder = globalThis as typeof globalThis & { __inquiryOutbox?: OutboxWorker | null };

/**
 * The process's worker (started on first call) when Sanity writes are configured, or in
 * the default mode once the content store runs; else null.
 */
export function getOutbox(store: InquiryStore): OutboxWorker | null {
  if (holder.__inquiryOutbox !== undefined) return holder.__inquiryOutbox;
  const config = inquiryConfig();
  let send: SendInquiry;
  let target: string;
  if (config.sanity) {
    send = sanitySender(config.sanity);
    target = "Sanity";
  } else if (config.contentStore && runningStore()) {
    send = contentStoreSender();
    target = "the content store";
  } else {
    // The default mode before server.js has started the store: ask again next time.
    if (!config.contentStore) holder.__inquiryOutbox = null;
    return null;
  }
  const worker = new OutboxWorker(store, send, {
    target,
    baseDelayMs: config.INQUIRY_OUTBOX_BASE_MS,
    maxDelayMs: config.INQUIRY_OUTBOX_MAX_MS,
    log: (m) => console.warn(m),
  });
  holder.__inquiryOutbox = worker;
  worker.start();
  return worker;
}
