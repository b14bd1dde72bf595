import Link from "next/link";
import { SignOutButton } from "./sign-out-button";

export type NavItem = { href: string; label: string };

export function AppHeader({
  home,
  nav,
  userName,
}: {
  home: string;
  nav: NavItem[];
  userName: string;
}) {
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <div className="flex items-center gap-5">
          <Link href={home} className="text-lg font-bold text-brand-800">
            Trust Steps
          </Link>
          <nav aria-label="Main">
            <ul className="flex flex-wrap gap-1">
              {nav.map((item) => (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    className="rounded-md px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100"
                  >
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
        <div className="flex items-center gap-3">
          <span className="hidden text-sm text-slate-700 sm:inline">{userName}</span>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
