/** The therapist header links on template pages. */
export const THERAPIST_NAV = [
  { href: "/therapist", label: "Caseload" },
  { href: "/therapist/templates", label: "Templates" },
];
