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
  /** 「重新读取」 and 「插入模板」: shown only where the host offers them (the pane, not the web page). */
  onRefresh?(): void;
  onInsertTemplate?(): void;
  /** Shown while `view` is null (default: reading the workbook). */
  emptyText?: string;
  /** Busy reading: a bar under `emptyText` (default: true while `view` is null). */
  loading?: boolean;
}

/** What the workbook holds: sheets found and missing, counts, months; refresh and 「插入模板」. */
export function WorkbookCard({ view, busy, templateMessages, onRefresh, onInsertTemplate, emptyText = TEXT.loading, loading = true }: WorkbookCardProps) {
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
          <Text>{emptyText}</Text>
          {loading && <ProgressBar aria-label={emptyText} />}
        </>
      ) : (
        <>
          <Text>{TEXT.sheetsFound(summary.sheetsFound.length)}</Text>
          {summary.sheetsMissing.length > 0 && <Text className={s.missing}>{TEXT.sheetsMissing(summary.sheetsMissing)}</Text>}
          <Text>{TEXT.counts(summary.regionCount, summary.bodyCount, summary.unitCount)}</Text>
          <Text>{months.length > 0 ? TEXT.months(months[0], months[months.length - 1], months.length) : TEXT.noMonths}</Text>
        </>
      )}
      {(onRefresh || onInsertTemplate) && (
        <div className={s.actions}>
          {onRefresh && (
            <Button size="small" onClick={onRefresh} disabled={busy}>
              {TEXT.refresh}
            </Button>
          )}
          {onInsertTemplate && (
            <Button size="small" onClick={onInsertTemplate} disabled={busy} title={TEXT.insertTemplateHint}>
              {TEXT.insertTemplate}
            </Button>
          )}
        </div>
      )}
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
