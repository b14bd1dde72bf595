import { expect, test } from "vitest";
import type { TSaveStatus } from "./draft-sync";
import { nextAnnouncement, type TAnnouncement } from "./save-announcement";

/** What the live region holds after each status, in turn. */
function heard(statuses: TSaveStatus[]) {
  let announced: TAnnouncement | null = null;
  return statuses.map((status) => (announced = nextAnnouncement(announced, status)));
}

test("ordinary autosaves are not announced", () => {
  expect(heard(["idle", "saving", "saved", "saving", "saved"])).toEqual([
    null,
    null,
    null,
    null,
    null,
  ]);
});

test("a failure is announced, its retries are not repeated, and the recovery is", () => {
  const statuses: TSaveStatus[] = ["saving", "retrying", "saving", "retrying", "saving", "saved"];
  expect(heard([...statuses, "saving", "saved"])).toEqual([
    null,
    "retrying",
    "retrying",
    "retrying",
    "retrying",
    "saved",
    "saved",
    "saved",
  ]);
});

test("each kind of failure has its say", () => {
  expect(heard(["offline", "saving", "conflict", "signed-out"])).toEqual([
    "offline",
    "offline",
    "conflict",
    "signed-out",
  ]);
});
