import { trackOpenEditor } from "~/lib/clear-every-draft";
import { withTimeout } from "~/lib/with-timeout";
import type { TAnswers } from "./answer-rules";
import { removeStoredDraft, writeStoredDraft, type TWorksheetRef } from "./draft-storage";

/*
 * Keeps a worksheet's unsent answers in this tab (see draft-storage.ts) and sends them to the
 * server a moment after typing stops. It holds no answers of its own: it reads them from the form
 * (`read`) each time it writes the tab's copy or sends, and keeps only whether an edit is unsent.
 * Each copy remembers the server revision it started from: device clocks are never compared, and
 * a copy that started from an older revision is never sent without asking.
 */

const SAVE_FAILURES = [
  "offline", // the browser says it has no connection
  "retrying", // no answer, or the server had trouble: tried again with backoff
  "invalid", // the server refused the answers (field errors)
  "conflict", // another tab or device saved in between, or the worksheet was submitted or closed
  "signed-out",
  "refused", // anything else the server said no to
] as const;
export type TSaveFailure = (typeof SAVE_FAILURES)[number];
export type TSaveStatus = "idle" | "saving" | "saved" | TSaveFailure;

export const isSaveFailure = (s: TSaveStatus | null): s is TSaveFailure =>
  s !== null && (SAVE_FAILURES as readonly TSaveStatus[]).includes(s);

type TSend = (
  answers: TAnswers,
  baseRevision: number,
  options: { keepalive: boolean; signal: AbortSignal },
) => Promise<{ revision: number }>;

type TStatusListener = (status: TSaveStatus, error?: unknown) => void;

export const RETRY_DELAYS_MS = [2_000, 5_000, 15_000, 30_000, 60_000];
/** A save with no answer by then counts as failed and is retried; a hung one would block the rest. */
export const SAVE_TIMEOUT_MS = 15_000;

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

/*
 * active: edits are kept and sent. leaving: the page is going; what is unsent goes once more (with
 * keepalive), nothing new is taken. stopped: submitted or signed out; nothing goes out, nothing
 * is written back to the tab.
 */
type TPhase = "active" | "leaving" | "stopped";

export class DraftSync {
  private timer: ReturnType<typeof setTimeout> | undefined;
  // An edit not yet on the server, and a count of edits, to tell those made while a save ran.
  private unsent = false;
  private edits = 0;
  private inFlight: Promise<void> | null = null;
  // Edits that arrived while a save was under way, and whether their send must outlive the page.
  private again = false;
  private againKeepalive = false;
  private failures = 0;
  private held = false;
  private phase: TPhase = "active";
  private onStatus: TStatusListener = () => {};
  // Set while signing out must reach this form: to send its last words, then to silence it.
  private untrack: (() => void) | undefined;

  constructor(
    private readonly ref: TWorksheetRef,
    private base: number,
    private readonly send: TSend,
    /** The answers as the form holds them now, as a draft may carry them. */
    private readonly read: () => TAnswers,
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

  /** After every edit: kept in the tab at once, sent once typing pauses (unless a choice is pending). */
  change() {
    if (this.phase !== "active") return;
    this.unsent = true;
    this.edits += 1;
    writeStoredDraft(this.ref, { answers: this.read(), baseRevision: this.base });
    if (!this.held) this.schedule(this.delayMs);
  }

  /**
   * Sends what is unsent now; `keepalive` lets the request outlive a page that is going away.
   * With a save under way, the unsent rest goes as soon as it answers (with keepalive if asked).
   */
  flush({ keepalive = false } = {}): Promise<void> {
    clearTimeout(this.timer);
    if (this.phase === "stopped" || this.held || !this.unsent) {
      return this.inFlight ?? Promise.resolve();
    }
    if (this.inFlight) {
      this.again = true;
      this.againKeepalive ||= keepalive;
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
  keepLocal(revision: number) {
    this.base = revision;
    this.held = false;
    this.change();
    void this.flush();
  }

  /** The form now shows the server's copy (revision `revision`): nothing here is unsent. */
  adoptServer(revision: number) {
    this.base = revision;
    this.held = false;
    this.unsent = false;
    clearTimeout(this.timer);
    removeStoredDraft(this.ref);
    this.onStatus("saved");
  }

  /**
   * Leaving the page: what is unsent goes now, or right after a save under way, with keepalive;
   * the tab's copy stays until the server has it. Then nothing more from this page.
   */
  leave() {
    if (this.phase === "stopped") return;
    this.phase = "leaving";
    // Tracked until the last words are answered: a sign-out meanwhile waits for them, then silences it.
    void this.flush({ keepalive: true }).finally(() => {
      if (this.phase === "leaving") this.stopTracking();
    });
  }

  /** Submitting: no more autosaves; resolves once a save already under way has answered. */
  async stop() {
    this.phase = "stopped";
    this.stopTracking();
    clearTimeout(this.timer);
    await this.inFlight;
  }

  resume() {
    this.phase = "active";
    this.untrack ??= trackOpenEditor({ send: () => this.flush(), stop: () => void this.stop() });
    if (this.unsent && !this.held) this.schedule(this.delayMs);
  }

  private stopTracking() {
    this.untrack?.();
    this.untrack = undefined;
  }

  private schedule(ms: number) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), ms);
  }

  private async sendPending(keepalive: boolean): Promise<void> {
    const answers = this.read();
    const sentEdit = this.edits;
    this.again = false;
    this.againKeepalive = false;
    this.onStatus("saving");
    let revision: number;
    try {
      ({ revision } = await withTimeout(SAVE_TIMEOUT_MS, (signal) =>
        this.send(answers, this.base, { keepalive, signal }),
      ));
    } catch (error) {
      this.failed(error);
      return;
    }
    this.base = revision;
    this.failures = 0;
    if (this.edits === sentEdit) this.unsent = false;
    // After a submit or sign-out, this tab must not hold the answers again.
    if (this.phase === "stopped") return;
    if (this.unsent) {
      // Edits made meanwhile now start from the copy just saved.
      writeStoredDraft(this.ref, { answers: this.read(), baseRevision: revision });
    } else {
      removeStoredDraft(this.ref);
    }
    this.onStatus("saved");
    if (this.again && this.unsent) {
      await this.sendPending(this.againKeepalive || this.phase === "leaving");
    }
  }

  private failed(error: unknown) {
    if (this.phase === "stopped") return;
    const failure = saveFailureOf(error);
    if (failure === "conflict") this.hold();
    // A page that is gone retries nothing: its words wait in the tab's copy.
    if (this.phase === "active" && TRANSIENT.includes(failure)) {
      this.schedule(RETRY_DELAYS_MS[Math.min(this.failures, RETRY_DELAYS_MS.length - 1)]!);
      this.failures += 1;
    }
    this.onStatus(failure, error);
  }
}
