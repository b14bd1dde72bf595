"use client";

import { useEffect } from "react";
import { forgetOthersDrafts } from "~/lib/tab-drafts";

/** On every signed-in page: drafts another person left in this tab go (lib/tab-drafts). */
export function OwnDraftsOnly({ userId }: { userId: string }) {
  useEffect(() => forgetOthersDrafts(userId), [userId]);
  return null;
}
