/**
 * Exam history as a small SVG line chart of scaled scores with the pass mark,
 * followed by the same data as a table.
 */
import { PASS_MARK, SCALED_MAX, SCALED_MIN } from '../_lib/scoring';
import type { HistoryEntry } from '../_lib/storage';

const W = 640;
const H = 220;
const PAD = { left: 44, right: 16, top: 12, bottom: 28 };

const dateTime = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

export function HistoryChart({ history }: { history: HistoryEntry[] }) {
  const entries = history.slice(-30);
  const x = (i: number) => PAD.left + (entries.length === 1 ? (W - PAD.left - PAD.right) / 2 : (i * (W - PAD.left - PAD.right)) / (entries.length - 1));
  const y = (score: number) => PAD.top + ((SCALED_MAX - score) * (H - PAD.top - PAD.bottom)) / (SCALED_MAX - SCALED_MIN);
  const points = entries.map((e, i) => `${x(i).toFixed(1)},${y(e.scaled).toFixed(1)}`).join(' ');
  const lastScore = entries[entries.length - 1]?.scaled;
  const best = Math.max(...entries.map((e) => e.scaled));

  return (
    <figure className="space-y-3">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="history-title history-desc" className="h-auto w-full max-w-2xl text-foreground">
        <title id="history-title">Scaled exam scores over time</title>
        <desc id="history-desc">
          {entries.length} exam{entries.length === 1 ? '' : 's'}; latest {lastScore}, best {best}; pass mark {PASS_MARK}. The table below lists every score.
        </desc>
        {[SCALED_MIN, 400, 700, SCALED_MAX].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="currentColor" strokeOpacity={0.15} />
            <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" fontSize="11" fill="currentColor">
              {v}
            </text>
          </g>
        ))}
        <line x1={PAD.left} x2={W - PAD.right} y1={y(PASS_MARK)} y2={y(PASS_MARK)} stroke="var(--accent)" strokeWidth={2} strokeDasharray="6 4" />
        <text x={W - PAD.right} y={y(PASS_MARK) - 5} textAnchor="end" fontSize="11" fill="currentColor">
          pass {PASS_MARK}
        </text>
        {entries.length > 1 ? <polyline points={points} fill="none" stroke="var(--focus)" strokeWidth={2.5} /> : null}
        {entries.map((e, i) => (
          <circle key={e.at} cx={x(i)} cy={y(e.scaled)} r={4} fill={e.scaled >= PASS_MARK ? 'var(--focus)' : 'var(--background)'} stroke="var(--focus)" strokeWidth={2} />
        ))}
        <text x={PAD.left} y={H - 8} fontSize="11" fill="currentColor">
          {entries[0] ? dateTime.format(new Date(entries[0].at)) : ''}
        </text>
        <text x={W - PAD.right} y={H - 8} fontSize="11" textAnchor="end" fill="currentColor">
          {entries.length > 1 ? dateTime.format(new Date(entries[entries.length - 1].at)) : ''}
        </text>
      </svg>
      <figcaption className="text-sm text-muted">Filled dots passed the {PASS_MARK} mark. Scores are approximate (see results).</figcaption>
      <table className="w-full max-w-2xl border-collapse text-left text-sm">
        <caption className="mb-2 text-left font-semibold">Exam history</caption>
        <thead>
          <tr className="border-b border-border">
            <th scope="col" className="py-1.5 pr-3">
              Taken
            </th>
            <th scope="col" className="py-1.5 pr-3 text-right">
              Right
            </th>
            <th scope="col" className="py-1.5 pr-3 text-right">
              Scaled score
            </th>
            <th scope="col" className="py-1.5">
              Seed
            </th>
          </tr>
        </thead>
        <tbody>
          {[...history].reverse().slice(0, 30).map((e) => (
            <tr key={e.at} className="border-b border-border">
              <td className="py-1.5 pr-3">
                <time dateTime={e.at}>{dateTime.format(new Date(e.at))}</time>
              </td>
              <td className="py-1.5 pr-3 text-right tabular-nums">
                {e.correct} of {e.total}
              </td>
              <td className="py-1.5 pr-3 text-right tabular-nums">
                {e.scaled} {e.scaled >= PASS_MARK ? '(pass)' : '(below pass)'}
              </td>
              <td className="py-1.5 font-mono">{e.seed}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
