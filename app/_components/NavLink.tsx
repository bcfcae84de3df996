'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

const trim = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path);

/** A header navigation link that marks the current page with aria-current. */
export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const current = trim(usePathname() ?? '/') === trim(href);
  return (
    <Link
      href={href}
      aria-current={current ? 'page' : undefined}
      className={
        'rounded-md px-3 py-2 text-sm font-medium underline-offset-4 hover:underline ' +
        (current ? 'text-foreground underline decoration-accent decoration-2' : 'text-muted hover:text-foreground')
      }
    >
      {children}
    </Link>
  );
}
