"use client";

import { useEffect } from "react";
import { forgetOthersWorksheets } from "../draft-storage";

/**
 * A tab can still hold worksheet text of whoever used it before (their session expired while
 * idle, someone else signed in): opening a worksheet lets all of it go.
 */
export function OwnDraftsOnly({ userId }: { userId: string }) {
  useEffect(() => forgetOthersWorksheets(userId), [userId]);
  return null;
}
