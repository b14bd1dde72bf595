/**
 * The notices people agree to: clients the privacy notice (when they accept an invitation),
 * therapists the terms (when they sign up). Each has a version: changing a text means a new
 * version, and everyone is shown it again at their next sign-in (src/server/auth/guard.ts).
 */
export type TNoticeDocument = "PRIVACY_NOTICE" | "THERAPIST_TERMS";
export type TNotice = {
  document: TNoticeDocument;
  version: string;
  title: string;
  points: { heading: string; text: string }[];
};

export const PRIVACY_NOTICE: TNotice = {
  document: "PRIVACY_NOTICE",
  version: "2026-12-04",
  title: "Your privacy in Trust Steps",
  points: [
    {
      heading: "What your therapist sees",
      text: "The homework they give you and what you hand in: your answers, your ladder practice, your notes and replies. They also see when you last did something and whether a due date passed. Drafts stay yours until you submit them.",
    },
    {
      heading: "“Just for me”",
      text: "An entry you keep just for yourself counts as done, but your therapist only sees that it was done, never what you wrote, unless you choose to share it later.",
    },
    {
      heading: "What emails contain",
      text: "Reminders and notices with a link back to the app. Never your answers and never your therapist’s notes.",
    },
    {
      heading: "Who has looked",
      text: "Every time a therapist opens one of your pages or entries, it is written down. You can read that list in Settings.",
    },
    {
      heading: "Your records are yours",
      text: "In Settings you can download everything you wrote, end a therapist’s access, or delete your account and everything you wrote.",
    },
    {
      heading: "Not an emergency service",
      text: "Nobody watches the app around the clock. If you are in danger, call your local emergency number or a crisis line.",
    },
  ],
};

export const THERAPIST_TERMS: TNotice = {
  document: "THERAPIST_TERMS",
  version: "2026-12-04",
  title: "Terms for therapists",
  points: [
    {
      heading: "Your clients, with their agreement",
      text: "You invite only people you see professionally, and only once they have agreed to use Trust Steps with you.",
    },
    {
      heading: "Their words are health information",
      text: "Keep your device locked, sign out on shared computers, and keep exports you download as you keep your clinical records.",
    },
    {
      heading: "Clients see your visits",
      text: "Each time you open a client’s page, progress, entry or ladder, your client can see it. They can end your access at any time; you then keep read-only access to what they shared before.",
    },
    {
      heading: "Not a monitoring service",
      text: "Flags and emails help you notice what needs attention. They do not replace your clinical judgement or your own crisis procedures.",
    },
  ],
};

export const noticeFor = (role: "THERAPIST" | "CLIENT"): TNotice =>
  role === "THERAPIST" ? THERAPIST_TERMS : PRIVACY_NOTICE;
