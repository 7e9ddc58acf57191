import { Caption1, Link, makeStyles, tokens } from "@fluentui/react-components";
import type { ComputeReport } from "../../hosts/office/workbook-host";
import { periodLabel } from "../period-options";
import type { RankedEntry, UnitHints } from "../result-highlights";
import { TEXT } from "../texts";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteGreenForeground1 },
  sub: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}` },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  label: { color: tokens.colorNeutralForeground3, textAlign: "left", fontWeight: tokens.fontWeightRegular },
  change: { color: tokens.colorNeutralForeground3, whiteSpace: "nowrap" },
  hintUnit: { margin: 0, fontSize: tokens.fontSizeBase200 },
});

/** 名次变化 beside a rank (`↑2`, `↓1`, `—`), blank where there is none. */
function Change({ change }: { change: string | null }) {
  const s = useStyles();
  if (change === null) return <td className={s.cell} />;
  return (
    <td className={`${s.cell} ${s.change}`} title={TEXT.rankChangeTitle(change)} aria-label={TEXT.rankChangeTitle(change)}>
      {change}
    </td>
  );
}

/** The 达标差距 of the lowest-ranked units of a month. */
function Hints({ units }: { units: readonly UnitHints[] }) {
  const s = useStyles();
  return (
    <ul className={s.list} aria-label={TEXT.hintsHeading}>
      {units.map((u) => (
        <li key={u.name} className={s.hintUnit}>
          {u.name}（{TEXT.unitRank(u.group, u.rank, u.size)}，{u.score}）：{u.hints.length ? u.hints.join("；") : TEXT.noHints}
        </li>
      ))}
    </ul>
  );
}

function Rows({ label, entries }: { label: string; entries: readonly RankedEntry[] }) {
  const s = useStyles();
  return (
    <>
      {entries.map((e, i) => (
        <tr key={`${label}${e.name}`}>
          <th scope="row" className={`${s.cell} ${s.label}`}>
            {i === 0 ? label : ""}
          </th>
          <td className={`${s.cell} ${s.num}`}>{e.rank}</td>
          <Change change={e.change} />
          <td className={s.cell}>{e.name}</td>
          <td className={`${s.cell} ${s.num}`}>{e.score}</td>
        </tr>
      ))}
    </>
  );
}

export interface ResultSummaryProps {
  period: string;
  report: Pick<ComputeReport, "highlights" | "written"> & Partial<Pick<ComputeReport, "lowestHints">>;
  /** Activates a written sheet (the pane); without it the names are plain text (the web page). */
  onShowSheet?(name: string): void;
  /** The heading over the sheet names (default: the sheets written). */
  sheetsHeading?: string;
}

/** After a successful compute: the ranking's top and bottom per group, and links to the sheets written. */
export function ResultSummary({ period, report, onShowSheet, sheetsHeading = TEXT.sheetsWritten }: ResultSummaryProps) {
  const s = useStyles();
  const highlights = report.highlights;
  const lowest = report.lowestHints ?? [];
  return (
    <section className={s.root} aria-labelledby="result-heading">
      <h2 id="result-heading" className={s.heading} tabIndex={-1}>
        {TEXT.resultHeading(periodLabel(period))}
      </h2>
      <h3 className={s.sub}>{TEXT.rankingHeading}</h3>
      {highlights.length === 0 && <Caption1>{TEXT.noRanking}</Caption1>}
      {highlights.map((h) => (
        <table key={h.group} className={s.table} aria-label={`${h.group}${TEXT.rankingHeading}`}>
          <caption className={s.label}>
            {h.group}（{h.size}）
          </caption>
          <tbody>
            <Rows label={TEXT.top} entries={h.top} />
            <Rows label={TEXT.bottom} entries={h.bottom} />
          </tbody>
        </table>
      ))}
      {lowest.length > 0 && (
        <>
          <h3 className={s.sub}>{TEXT.hintsHeading}</h3>
          <Hints units={lowest} />
        </>
      )}
      <h3 className={s.sub}>{sheetsHeading}</h3>
      <ul className={s.list}>
        {report.written.map((name) => (
          <li key={name}>
            {onShowSheet ? (
              <Link as="button" onClick={() => onShowSheet(name)}>
                {name}
              </Link>
            ) : (
              name
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
