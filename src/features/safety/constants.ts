/** What safety's schema and its forms share, without zod: islands import this, not the schema. */

export const SAFETY_PLAN_SECTIONS = [
  "warningSigns",
  "calmingThings",
  "people",
  "professionals",
] as const;
export type TSafetyPlanSection = (typeof SAFETY_PLAN_SECTIONS)[number];

/** What each section asks, in the client's words; the therapist's page uses the same. */
export const SAFETY_PLAN_TEXT: Record<TSafetyPlanSection, { title: string; help: string }> = {
  warningSigns: {
    title: "Signs that I am starting to struggle",
    help: "Thoughts, feelings or things I do. For example: not sleeping, pulling away from people.",
  },
  calmingThings: {
    title: "Things that calm me",
    help: "Things I can do on my own. For example: slow breathing, a walk, music, a warm drink.",
  },
  people: {
    title: "People I can contact",
    help: "Names and numbers of people who are safe and kind to me. Leave out anyone who has hurt you.",
  },
  professionals: {
    title: "Professional and crisis contacts",
    help: "My therapist, my doctor, a crisis line. In an emergency, call your local emergency number.",
  },
};

export const SAFETY_PLAN_SECTION_MAX = 2000;

export const SUGGESTION_MAX = 500;
