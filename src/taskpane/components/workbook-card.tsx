import { Button, Caption1, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { WorkbookView } from "../../hosts/office/workbook-host";
import { TEXT } from "../texts";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  missing: { color: tokens.colorPaletteDarkOrangeForeground1 },
  notes: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
});

export interface WorkbookCardProps {
  view: WorkbookView | null;
  busy: boolean;
  /** The result notice of the last 「插入模板」, one line each (empty before it ran). */
  templateMessages: readonly string[];
  onRefresh(): void;
  onInsertTemplate(): void;
}

/** What the workbook holds: sheets found and missing, counts, months; refresh and 「插入模板」. */
export function WorkbookCard({ view, busy, templateMessages, onRefresh, onInsertTemplate }: WorkbookCardProps) {
  const s = useStyles();
  const summary = view?.summary;
  const months = summary?.months ?? [];
  return (
    <section className={s.card} aria-labelledby="workbook-heading">
      <h2 id="workbook-heading" className={s.heading}>
        {TEXT.workbookHeading}
      </h2>
      {!summary ? (
        <>
          <Text>{TEXT.loading}</Text>
          <ProgressBar aria-label={TEXT.loading} />
        </>
      ) : (
        <>
          <Text>{TEXT.sheetsFound(summary.sheetsFound.length)}</Text>
          {summary.sheetsMissing.length > 0 && <Text className={s.missing}>{TEXT.sheetsMissing(summary.sheetsMissing)}</Text>}
          <Text>{TEXT.counts(summary.regionCount, summary.bodyCount, summary.unitCount)}</Text>
          <Text>{months.length > 0 ? TEXT.months(months[0], months[months.length - 1], months.length) : TEXT.noMonths}</Text>
        </>
      )}
      <div className={s.actions}>
        <Button size="small" onClick={onRefresh} disabled={busy}>
          {TEXT.refresh}
        </Button>
        <Button size="small" onClick={onInsertTemplate} disabled={busy} title={TEXT.insertTemplateHint}>
          {TEXT.insertTemplate}
        </Button>
      </div>
      {templateMessages.length > 0 && (
        <div role="status" className={s.notes}>
          {templateMessages.map((m) => (
            <Caption1 key={m}>{m}</Caption1>
          ))}
        </div>
      )}
    </section>
  );
}
