import { AppHeader } from "./app-header";

const THERAPIST_NAV = [
  { href: "/therapist", label: "Caseload" },
  { href: "/therapist/submissions", label: "Submissions" },
  { href: "/therapist/templates", label: "Templates" },
  { href: "/therapist/assign", label: "Assign homework" },
];

/** The one header of every therapist page. */
export function TherapistHeader({ userName }: { userName: string }) {
  return <AppHeader home="/therapist" nav={THERAPIST_NAV} userName={userName} />;
}
