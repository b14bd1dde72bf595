import { AppHeader } from "./app-header";

export function TherapistHeader({ userName }: { userName: string }) {
  return (
    <AppHeader
      home="/therapist"
      nav={[
        { href: "/therapist", label: "Caseload" },
        { href: "/therapist/assign", label: "Assign homework" },
      ]}
      userName={userName}
    />
  );
}
