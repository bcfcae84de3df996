import Link from 'next/link';
import { NavLink } from './NavLink';

export function SiteHeader() {
  return (
    <header className="border-b border-border bg-surface">
      <div className="mx-auto flex w-full max-w-4xl flex-wrap items-center justify-between gap-4 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 rounded text-lg font-bold tracking-tight">
          <LogoMark />
          <span>Cognito Sandbox</span>
        </Link>
        <nav aria-label="Main">
          <ul className="-ml-3 flex items-center gap-1 sm:-mr-3 sm:ml-0">
            <li>
              <NavLink href="/">Home</NavLink>
            </li>
            <li>
              <NavLink href="/sandbox/">Sandbox</NavLink>
            </li>
            <li>
              <NavLink href="/learn/">Learn</NavLink>
            </li>
            <li>
              <NavLink href="/practice/">Practice</NavLink>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}

function LogoMark() {
  return (
    <svg aria-hidden="true" viewBox="0 0 32 32" className="h-7 w-7 text-accent" fill="none">
      <rect x="2" y="2" width="28" height="28" rx="7" stroke="currentColor" strokeWidth="3" />
      <circle cx="16" cy="13" r="4.5" fill="currentColor" />
      <path d="M8.5 25c1.2-4 4-6 7.5-6s6.3 2 7.5 6" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
}
