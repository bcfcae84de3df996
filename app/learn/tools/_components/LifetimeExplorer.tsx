'use client';

/**
 * Token-lifetime explorer: a value and unit for each token, the allowed range
 * (from the engine's facts), the same range check CreateUserPoolClient makes,
 * and a timeline (SVG with a table alternative) of when each token issued at
 * sign-in expires.
 */
import { useId, useState } from 'react';
import { UNIT_MS, type TimeUnit } from '../../../../simulator/facts';
import {
  allowedRange,
  checkLifetime,
  defaultMs,
  defaultUnit,
  formatDuration,
  logPosition,
  sessionTimeline,
  TOKEN_KINDS,
  TOKEN_LABELS,
  TOKEN_UNITS,
  type TokenKind,
} from '../_lib/tokenLifetimes';

const inputClass = 'rounded-lg border border-border bg-background px-3 py-2 text-foreground';

type Draft = Record<TokenKind, { value: string; unit: TimeUnit }>;

function initialDraft(): Draft {
  const out = {} as Draft;
  for (const kind of TOKEN_KINDS) {
    const unit = defaultUnit(kind);
    out[kind] = { value: String(defaultMs(kind) / UNIT_MS[unit]), unit };
  }
  return out;
}

export function LifetimeExplorer() {
  const uid = useId();
  const [draft, setDraft] = useState<Draft>(initialDraft);
  const checks = TOKEN_KINDS.map((kind) => ({ kind, result: checkLifetime(kind, { value: Number(draft[kind].value), unit: draft[kind].unit }) }));
  const errors = checks.flatMap((c) => (c.result.ok ? [] : [c.result.error]));
  const ms = Object.fromEntries(checks.map((c) => [c.kind, c.result.ok ? c.result.ms : 0])) as Record<TokenKind, number>;
  const rows = errors.length === 0 ? sessionTimeline(ms) : null;

  return (
    <div className="space-y-6">
      <fieldset className="space-y-4 rounded-xl border border-border bg-surface p-5">
        <legend className="px-1 text-lg font-semibold">App client token validity</legend>
        {TOKEN_KINDS.map((kind) => {
          const range = allowedRange(kind, draft[kind].unit);
          const bad = checks.find((c) => c.kind === kind)?.result.ok === false;
          return (
            <div key={kind} className="flex flex-wrap items-end gap-3">
              <label className="flex flex-col gap-1">
                <span className="font-medium">{TOKEN_LABELS[kind]} validity</span>
                <input
                  type="number"
                  inputMode="numeric"
                  className={`${inputClass} w-36`}
                  value={draft[kind].value}
                  aria-invalid={bad}
                  aria-describedby={`${uid}-${kind}-range`}
                  onChange={(e) => setDraft((d) => ({ ...d, [kind]: { ...d[kind], value: e.target.value } }))}
                />
              </label>
              <label className="flex flex-col gap-1">
                <span className="font-medium">{TOKEN_LABELS[kind]} unit</span>
                <select
                  className={inputClass}
                  value={draft[kind].unit}
                  onChange={(e) => setDraft((d) => ({ ...d, [kind]: { ...d[kind], unit: e.target.value as TimeUnit } }))}
                >
                  {TOKEN_UNITS.map((u) => (
                    <option key={u} value={u}>
                      {u}
                    </option>
                  ))}
                </select>
              </label>
              <p id={`${uid}-${kind}-range`} className="pb-2 text-sm text-muted">
                Allowed: {range.min <= range.max ? `${range.min.toLocaleString('en-US')}–${range.max.toLocaleString('en-US')} ${draft[kind].unit}` : `no whole number of ${draft[kind].unit}`}
                {' · '}default {formatDuration(defaultMs(kind))}
              </p>
            </div>
          );
        })}
      </fieldset>

      <div role="alert" aria-label="Validity errors" className="space-y-1">
        {errors.map((e) => (
          <p key={e} className="rounded-lg border border-border bg-background p-3 font-medium">
            ✗ {e}
          </p>
        ))}
      </div>

      {rows ? <Timeline rows={rows} /> : <p className="text-muted">Fix the settings above to see the timeline.</p>}
    </div>
  );
}

// Axis ticks (calendar labels, not Cognito numbers).
const TICKS: Array<[number, string]> = [
  [UNIT_MS.minutes, '1 min'],
  [UNIT_MS.hours, '1 h'],
  [UNIT_MS.days, '1 d'],
  [30 * UNIT_MS.days, '30 d'],
  [365 * UNIT_MS.days, '1 y'],
  [3650 * UNIT_MS.days, '10 y'],
];

function Timeline({ rows }: { rows: ReturnType<typeof sessionTimeline> }) {
  const from = UNIT_MS.minutes;
  const to = TICKS[TICKS.length - 1][0];
  const width = 640;
  const left = 120;
  const barWidth = width - left - 20;
  const rowHeight = 36;
  const height = rows.length * rowHeight + 40;
  return (
    <section aria-labelledby="timeline-heading" className="space-y-3">
      <h2 id="timeline-heading" className="text-2xl font-semibold tracking-tight">
        Timeline after sign-in
      </h2>
      <figure className="space-y-2">
        <svg viewBox={`0 0 ${width} ${height}`} className="w-full max-w-3xl text-foreground" role="img" aria-labelledby="timeline-caption">
          {TICKS.map(([ms, label]) => {
            const x = left + logPosition(ms, from, to) * barWidth;
            return (
              <g key={label}>
                <line x1={x} x2={x} y1={8} y2={height - 24} stroke="currentColor" strokeOpacity={0.2} />
                <text x={x} y={height - 8} textAnchor="middle" fontSize={12} fill="currentColor">
                  {label}
                </text>
              </g>
            );
          })}
          {rows.map((row, i) => {
            const y = 12 + i * rowHeight;
            const w = Math.max(2, logPosition(row.expiresAtMs, from, to) * barWidth);
            return (
              <g key={row.kind}>
                <text x={0} y={y + 16} fontSize={13} fill="currentColor">
                  {TOKEN_LABELS[row.kind]}
                </text>
                <rect x={left} y={y} width={w} height={22} rx={4} className="fill-accent" />
              </g>
            );
          })}
        </svg>
        <figcaption id="timeline-caption" className="text-sm text-muted">
          When each token issued at sign-in expires (logarithmic time axis from 1 minute to 10 years). The table below gives the same data.
        </figcaption>
      </figure>
      <table className="w-full max-w-3xl border-collapse text-left">
        <caption className="sr-only">Token expiry after sign-in</caption>
        <thead>
          <tr className="border-b border-border">
            <th scope="col" className="py-2 pr-4">Token</th>
            <th scope="col" className="py-2 pr-4">Expires after sign-in</th>
            <th scope="col" className="py-2">Renewals with the refresh token</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.kind} className="border-b border-border">
              <th scope="row" className="py-2 pr-4 font-medium">{TOKEN_LABELS[row.kind]}</th>
              <td className="py-2 pr-4">{formatDuration(row.expiresAtMs)}</td>
              <td className="py-2">{row.kind === 'RefreshToken' ? 'None: sign in again when it expires (unless refresh-token rotation issued a new one)' : row.renewals.toLocaleString('en-US')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
