/** A table of scores (topic or domain), weakest first, with a bar per row. */
import { percent, weakestFirst, type Tally } from '../_lib/scoring';

export function TallyTable({ caption, label, tallies, name }: { caption: string; label: string; tallies: Record<string, Tally>; name: (key: string) => string }) {
  const rows = weakestFirst(tallies);
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="mb-2 text-left text-base font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b border-border">
          <th scope="col" className="py-2 pr-3 font-semibold">
            {label}
          </th>
          <th scope="col" className="py-2 pr-3 text-right font-semibold">
            Right
          </th>
          <th scope="col" className="py-2 pr-3 text-right font-semibold">
            Score
          </th>
          <th scope="col" className="hidden w-1/3 py-2 font-semibold sm:table-cell">
            <span className="sr-only">Bar</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className="border-b border-border">
            <th scope="row" className="py-2 pr-3 font-medium">
              {name(r.key)}
            </th>
            <td className="py-2 pr-3 text-right tabular-nums">
              {r.correct} of {r.total}
            </td>
            <td className="py-2 pr-3 text-right tabular-nums">{percent(r)} %</td>
            <td className="hidden py-2 sm:table-cell" aria-hidden="true">
              <div className="h-2 rounded bg-background ring-1 ring-border">
                <div className="h-2 rounded bg-accent" style={{ width: `${percent(r)}%` }} />
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
