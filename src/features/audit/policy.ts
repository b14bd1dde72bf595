import type { TViewedRecord } from "./schema";

/** What a therapist opened, in the client's words ("your …"). */
export function seenRecordLabel(record: TViewedRecord, title: string | null): string {
  switch (record) {
    case "client":
      return "Your overview page (your homework list)";
    case "progress":
      return "Your progress page";
    case "submission":
      return title ? `Your entry in “${title}”` : "An entry you have since deleted";
    case "ladder":
      return title ? `Your ladder “${title}”` : "A ladder you have since deleted";
    case "step":
      return "Your practice of one ladder step";
  }
}

const ACTIONS: Record<string, string> = {
  view: "Opened",
  "sign-in": "Signed in",
  "sign-in-by-link": "Signed in with an emailed link",
  "sign-out": "Signed out",
  "account.updateNotificationPrefs": "Changed email settings",
  "account.updateDigestPrefs": "Changed the daily summary setting",
  "account.resetPassword": "Chose a new password from an emailed link",
  "account.finishSignUp": "Finished signing up",
  "assignments.create": "Assigned homework",
  "assignments.update": "Changed homework",
  "assignments.end": "Ended homework",
  "feedback.create": "Wrote feedback",
  "feedback.markReviewed": "Marked work as reviewed",
  "feedback.reply": "Replied to feedback",
  "feedback.markSeen": "Read feedback",
  "flags.acknowledge": "Acknowledged a flag",
  "invitations.create": "Invited a client",
  "invitations.resend": "Sent an invitation again",
  "invitations.revoke": "Withdrew an invitation",
  "invitations.acceptSignedIn": "Accepted an invitation",
  "ladder.startAttempt": "Started a ladder practice",
  "ladder.completeAttempt": "Finished a ladder practice",
  "ladder.stopAttempt": "Stopped a ladder practice",
  "ladder.markMastered": "Marked a ladder step as mastered",
  "safetyPlan.save": "Saved the safety plan",
  "safetyPlan.suggest": "Suggested a change to a safety plan",
  "safetyPlan.resolveSuggestion": "Answered a safety plan suggestion",
  "templates.create": "Created a template",
  "templates.update": "Changed a template",
  "templates.archive": "Archived a template",
  "templates.duplicate": "Copied a template",
  "worksheets.submitBeforePart": "Submitted the first part of a worksheet",
  "worksheets.submit": "Submitted a worksheet",
  "worksheets.share": "Shared an entry kept just for themselves",
  "worksheets.tellTherapist": "Asked for their therapist's attention",
  "worksheets.addFollowUpNote": "Added a follow-up note",
};

const RECORDS: Record<string, string> = {
  client: "a client's overview page",
  progress: "a client's progress page",
  submission: "a client's entry",
  ladder: "a client's ladder",
  step: "a client's ladder step",
};

/** One line of a person's own activity: "Opened a client's entry", "Assigned homework". */
export function actionLabel(action: string, entity: string): string {
  if (action === "view") return `Opened ${RECORDS[entity] ?? "a record"}`;
  return ACTIONS[action] ?? `Changed ${entity}`;
}
