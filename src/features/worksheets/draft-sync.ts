import type { TAnswers } from "./answers";
import {
  clearStoredWorksheets,
  removeStoredDraft,
  writeStoredDraft,
  type TStoredDraft,
  type TWorksheetRef,
} from "./draft-storage";

/*
 * Keeps a worksheet's unsent answers in this tab (see draft-storage.ts) and sends them to the
 * server a moment after typing stops. Each copy remembers the server revision it started from:
 * device clocks are never compared, and a copy that started from an older revision is never sent
 * without asking.
 */

export type TSaveFailure =
  | "offline" // the browser says it has no connection
  | "retrying" // no answer, or the server had trouble: tried again with backoff
  | "invalid" // the server refused the answers (field errors)
  | "conflict" // another tab or device saved in between, or the worksheet was submitted or closed
  | "signed-out"
  | "refused"; // anything else the server said no to
export type TSaveStatus = "idle" | "saving" | "saved" | TSaveFailure;

type TServerCopy = { answers: TAnswers; revision: number };
type TSend = (
  answers: TAnswers,
  baseRevision: number,
  options: { keepalive: boolean },
) => Promise<{ revision: number }>;

type TStatusListener = (status: TSaveStatus, error?: unknown) => void;

export const RETRY_DELAYS_MS = [2_000, 5_000, 15_000, 30_000, 60_000];

// The forms open in this tab, so signing out can send their last words and then silence them.
const live = new Set<DraftSync>();

/** Before signing out: what is unsent goes to the server while the session still holds. */
export async function flushAllDrafts() {
  await Promise.all([...live].map((sync) => sync.flush()));
}

/** Signing out: this tab keeps nothing of anyone's answers, and no form writes them back. */
export function forgetAllWorksheets() {
  for (const sync of live) void sync.stop();
  clearStoredWorksheets();
}

export function sameAnswers(a: TAnswers, b: TAnswers): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
}

/**
 * A tab's copy split into answers to questions still on the worksheet and the text written for
 * questions the therapist has since removed: it can no longer be saved, so the page shows it
 * apart (ratings and choices of a removed question mean nothing without it and are dropped).
 */
export function splitByFields(
  answers: TAnswers,
  fieldIds: readonly string[],
): { kept: TAnswers; removedText: string[] } {
  const kept: TAnswers = {};
  const removedText: string[] = [];
  for (const [id, value] of Object.entries(answers)) {
    if (fieldIds.includes(id)) kept[id] = value;
    else if (typeof value === "string" && value.trim() !== "") removedText.push(value);
  }
  return { kept, removedText };
}

/**
 * What a freshly opened form shows. Unsent text that started from the server's current copy is
 * restored and sent; unsent text that started from an older copy (another tab or device saved
 * since) is shown next to the newer copy for the client to choose.
 */
export function startingPoint(
  stored: TStoredDraft | null,
  server: TServerCopy,
): { kind: "server" } | { kind: "restore" | "choose"; answers: TAnswers } {
  if (!stored || sameAnswers(stored.answers, server.answers)) return { kind: "server" };
  return {
    kind: stored.baseRevision === server.revision ? "restore" : "choose",
    answers: stored.answers,
  };
}

/** Why a save failed, in the terms the page explains it. */
export function saveFailureOf(error: unknown): TSaveFailure {
  if (typeof navigator !== "undefined" && !navigator.onLine) return "offline";
  const code = (error as { data?: { code?: string } } | null)?.data?.code;
  switch (code) {
    case undefined: // no tRPC answer at all: a dropped connection or a proxy error page
    case "INTERNAL_SERVER_ERROR":
    case "TOO_MANY_REQUESTS":
      return "retrying";
    case "BAD_REQUEST":
      return "invalid";
    case "CONFLICT":
      return "conflict";
    case "UNAUTHORIZED":
      return "signed-out";
    default:
      return "refused";
  }
}

const TRANSIENT: readonly TSaveFailure[] = ["offline", "retrying"];

export class DraftSync {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: TAnswers | null = null;
  private inFlight: Promise<void> | null = null;
  private again = false;
  private failures = 0;
  private held = false;
  private stopped = false;
  private onStatus: TStatusListener = () => {};

  constructor(
    private readonly ref: TWorksheetRef,
    private base: number,
    private readonly send: TSend,
    private readonly delayMs = 800,
  ) {}

  /** Who hears how saving goes (one listener: the form showing these answers). */
  listen(listener: TStatusListener) {
    this.onStatus = listener;
    return () => {
      if (this.onStatus === listener) this.onStatus = () => {};
    };
  }

  /** The server revision the next save starts from. */
  get baseRevision() {
    return this.base;
  }

  /** Every edit: kept in the tab at once, sent once typing pauses (unless a choice is pending). */
  change(answers: TAnswers) {
    if (this.stopped) return;
    this.pending = answers;
    writeStoredDraft(this.ref, { answers, baseRevision: this.base });
    if (!this.held) this.schedule(this.delayMs);
  }

  /** Sends what is unsent now; `keepalive` lets the request outlive a page that is going away. */
  flush({ keepalive = false } = {}): Promise<void> {
    clearTimeout(this.timer);
    if (this.stopped || this.held || !this.pending) return this.inFlight ?? Promise.resolve();
    if (this.inFlight) {
      this.again = true;
      return this.inFlight;
    }
    this.inFlight = this.sendPending(keepalive).finally(() => (this.inFlight = null));
    return this.inFlight;
  }

  /** Another copy is newer: keep every edit in the tab, send nothing until the client chooses. */
  hold() {
    this.held = true;
    clearTimeout(this.timer);
  }

  /** The client keeps this tab's answers: they replace the newer copy (revision `revision`). */
  keepLocal(revision: number, answers: TAnswers) {
    this.base = revision;
    this.held = false;
    this.change(answers);
    void this.flush();
  }

  /** The client takes the server's copy: this tab's unsent text is let go, by their choice. */
  adoptServer(revision: number) {
    this.base = revision;
    this.held = false;
    this.pending = null;
    clearTimeout(this.timer);
    removeStoredDraft(this.ref);
    this.onStatus("saved");
  }

  /** Leaving the page: what is unsent goes now; then nothing more from this page. */
  leave() {
    void this.flush({ keepalive: true });
    this.stopped = true;
    live.delete(this);
  }

  /** Submitting: no more autosaves; resolves once a save already under way has answered. */
  async stop() {
    this.stopped = true;
    live.delete(this);
    clearTimeout(this.timer);
    await this.inFlight;
  }

  resume() {
    this.stopped = false;
    live.add(this);
    if (this.pending && !this.held) this.schedule(this.delayMs);
  }

  private schedule(ms: number) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), ms);
  }

  private async sendPending(keepalive: boolean) {
    const answers = this.pending as TAnswers;
    this.again = false;
    this.onStatus("saving");
    try {
      const { revision } = await this.send(answers, this.base, { keepalive });
      this.base = revision;
      this.failures = 0;
      // After a submit, sign-out or leaving, this tab must not hold the answers again.
      if (this.stopped) return;
      if (this.pending === answers) {
        this.pending = null;
        removeStoredDraft(this.ref);
      } else if (this.pending) {
        // Edits made meanwhile now start from the copy just saved.
        writeStoredDraft(this.ref, { answers: this.pending, baseRevision: revision });
      }
      this.onStatus("saved");
    } catch (error) {
      if (this.stopped) return;
      const failure = saveFailureOf(error);
      if (failure === "conflict") this.hold();
      if (TRANSIENT.includes(failure)) {
        this.schedule(RETRY_DELAYS_MS[Math.min(this.failures, RETRY_DELAYS_MS.length - 1)]!);
        this.failures += 1;
      }
      this.onStatus(failure, error);
      return;
    }
    if (this.again && this.pending) await this.sendPending(keepalive);
  }
}
