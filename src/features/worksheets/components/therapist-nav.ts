import type { NavItem } from "~/components/layout/app-header";

export const THERAPIST_NAV: NavItem[] = [
  { href: "/therapist", label: "Caseload" },
  { href: "/therapist/submissions", label: "Submissions" },
];
