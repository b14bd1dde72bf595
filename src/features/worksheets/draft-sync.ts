import type { TAnswers } from "./answers";

/*
 * Keeps a worksheet's unsent answers in this tab (sessionStorage: gone when the tab closes, cleared
 * on submit and sign-out; never localStorage, never the URL) and sends them to the server a moment
 * after typing stops. A failed send leaves them marked unsent, to go again when back online.
 */

export type TSaveStatus = "idle" | "saving" | "saved" | "offline" | "error";
type TStoredDraft = { answers: TAnswers; changedAt: number; sent: boolean };

const draftKey = (occurrenceId: string) => `worksheet-draft:${occurrenceId}`;
const submitKeyKey = (occurrenceId: string) => `worksheet-submit-key:${occurrenceId}`;

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.sessionStorage;
  } catch {
    return null; // storage can be blocked; autosave to the server still works
  }
}

export function readStoredDraft(occurrenceId: string): TStoredDraft | null {
  const raw = storage()?.getItem(draftKey(occurrenceId));
  if (!raw) return null;
  try {
    return JSON.parse(raw) as TStoredDraft;
  } catch {
    return null;
  }
}

function writeStoredDraft(occurrenceId: string, draft: TStoredDraft) {
  try {
    storage()?.setItem(draftKey(occurrenceId), JSON.stringify(draft));
  } catch {
    // full or blocked: the server copy is what counts
  }
}

/** One key per worksheet until it is submitted, so a retry after a lost answer reuses it. */
export function submitKeyFor(occurrenceId: string): string {
  const s = storage();
  const existing = s?.getItem(submitKeyKey(occurrenceId));
  if (existing) return existing;
  const key = crypto.randomUUID();
  s?.setItem(submitKeyKey(occurrenceId), key);
  return key;
}

export function forgetWorksheet(occurrenceId: string) {
  storage()?.removeItem(draftKey(occurrenceId));
  storage()?.removeItem(submitKeyKey(occurrenceId));
}

/** A failure that means "no connection", as opposed to the server saying no. */
export function isConnectionError(error: unknown): boolean {
  if (typeof navigator !== "undefined" && !navigator.onLine) return true;
  const data = (error as { data?: { code?: string } } | null)?.data;
  return !data?.code;
}

export class DraftSync {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private latest: TAnswers | null = null;
  private inFlight = false;
  private again = false;
  private stopped = false;

  constructor(
    private readonly occurrenceId: string,
    private readonly send: (answers: TAnswers) => Promise<unknown>,
    private readonly onStatus: (status: TSaveStatus, error?: unknown) => void,
    private readonly delayMs = 800,
  ) {}

  /** Every edit: kept in the tab at once, sent once typing pauses. */
  change(answers: TAnswers) {
    if (this.stopped) return;
    this.latest = answers;
    writeStoredDraft(this.occurrenceId, { answers, changedAt: Date.now(), sent: false });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Sends what is unsent now (also called when the browser comes back online). */
  async flush() {
    clearTimeout(this.timer);
    if (this.stopped || !this.latest) return;
    if (this.inFlight) {
      this.again = true;
      return;
    }
    const answers = this.latest;
    this.inFlight = true;
    this.again = false;
    this.onStatus("saving");
    let ok = false;
    try {
      await this.send(answers);
      ok = true;
      if (this.latest === answers) {
        this.latest = null;
        writeStoredDraft(this.occurrenceId, { answers, changedAt: Date.now(), sent: true });
      }
      if (!this.stopped) this.onStatus("saved");
    } catch (error) {
      if (!this.stopped) this.onStatus(isConnectionError(error) ? "offline" : "error", error);
    } finally {
      this.inFlight = false;
    }
    if (ok && this.again) await this.flush();
  }

  /** Submitting or leaving: no more autosaves from this page. */
  stop() {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  resume() {
    this.stopped = false;
  }
}
