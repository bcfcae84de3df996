'use client';

/** Search across lessons and questions; the documents come from the page (built at build time). */
import Link from 'next/link';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { buildIndex, search, type SearchDoc } from '../_lib/search';

export function SearchBox({ docs }: { docs: SearchDoc[] }) {
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const index = useMemo(() => buildIndex(docs), [docs]);
  const hits = useMemo(() => search(index, deferred, 25), [index, deferred]);
  const inputId = useId();
  const hintId = useId();
  const searching = deferred.trim().length > 0;

  return (
    <search aria-label="Lessons and questions" className="block space-y-3">
      <label htmlFor={inputId} className="block font-semibold">
        Search lessons and questions
      </label>
      <p id={hintId} className="text-sm text-muted">
        Results update as you type; questions open in practice mode.
      </p>
      <input
        id={inputId}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        aria-describedby={hintId}
        placeholder="e.g. refresh token"
        className="w-full rounded-lg border border-border bg-background px-3 py-2 text-foreground placeholder:text-muted"
        autoComplete="off"
      />
      <p role="status" className="text-sm text-muted">
        {searching ? `${hits.length === 25 ? '25+' : hits.length} result${hits.length === 1 ? '' : 's'}` : ''}
      </p>
      {searching && hits.length > 0 ? (
        <ul aria-label="Search results" className="divide-y divide-border rounded-lg border border-border">
          {hits.map(({ doc }) => (
            <li key={`${doc.kind}-${doc.id}`} className="p-3">
              <Link href={doc.href} className="font-medium text-foreground underline decoration-accent underline-offset-4 hover:decoration-2">
                <span className="mr-2 rounded bg-surface px-1.5 py-0.5 text-xs font-semibold uppercase tracking-wide text-muted ring-1 ring-border">
                  {doc.kind === 'lesson' ? 'Lesson' : 'Question'}
                </span>
                {doc.title}
              </Link>
              <p className="mt-1 line-clamp-2 text-sm text-muted">{doc.detail}</p>
            </li>
          ))}
        </ul>
      ) : null}
    </search>
  );
}
