'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useState, type ReactNode } from 'react';

const trim = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path);

/**
 * A header navigation link that marks the current page with aria-current.
 *
 * It prefetches its page only once the learner shows intent (pointer over it,
 * or keyboard focus on it), not as soon as it is on screen: the header is on
 * every page, and prefetching the Learn and Practice payloads (hundreds of KB)
 * on every load competes with the page the learner actually opened.
 */
export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const current = trim(usePathname() ?? '/') === trim(href);
  const [intent, setIntent] = useState(false);
  const showIntent = () => setIntent(true);
  return (
    <Link
      href={href}
      // null = Next's default prefetch (a static route is fetched whole); false = none yet.
      prefetch={intent ? null : false}
      onPointerEnter={showIntent}
      onFocus={showIntent}
      onTouchStart={showIntent}
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
