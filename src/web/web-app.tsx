import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useMemo, useRef, useState } from "react";
import type { ComputeProgress, WorkbookView } from "../hosts/office/workbook-host";
import { ComputeSection } from "../taskpane/components/compute-section";
import { Notice } from "../taskpane/components/notice";
import { ParamsPanel } from "../taskpane/components/params-panel";
import { ProblemList } from "../taskpane/components/problem-list";
import { ResultSummary } from "../taskpane/components/result-summary";
import { WorkbookCard } from "../taskpane/components/workbook-card";
import { defaultPeriod, periodGroups } from "../taskpane/period-options";
import { countProblems } from "../taskpane/problem-groups";
import { TEXT } from "../taskpane/texts";
import type { ComputeClient } from "../worker/client";
import type { ScoreView } from "../worker/protocol";
import { Downloads, type Download } from "./downloads";
import { emptyFileMessage, unreadableMessage } from "./file-message";
import { FileChooser } from "./file-chooser";
import { bulletinName, jsonName, scoredName } from "./file-names";
import { DOCX_TYPE, JSON_TYPE, XLSX_TYPE } from "./save-file";
import { WEB_TEXT } from "./web-texts";
import { SECTION_STYLES } from "../taskpane/section-styles";

const useStyles = makeStyles({
  root: {
    boxSizing: "border-box",
    maxWidth: "760px",
    margin: "0 auto",
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalL}`,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
  },
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  title: { margin: 0, fontSize: tokens.fontSizeBase600, fontWeight: tokens.fontWeightSemibold },
  /** The pane's ranking tables, kept at the pane's width rather than stretched across the page. */
  results: { maxWidth: "560px" },
  ...SECTION_STYLES,
});

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

type Book =
  | { kind: "none" }
  | { kind: "reading"; name: string }
  | { kind: "unreadable"; name: string; message: string }
  | { kind: "open"; name: string; view: WorkbookView };

type Run =
  | { kind: "idle" }
  | { kind: "computing"; progress: ComputeProgress }
  | { kind: "finished"; period: string; view: ScoreView; bytes: Uint8Array | null; json: string | null; docx: Uint8Array | null }
  | { kind: "failed"; message: string };

/**
 * The web page: choose (or drop) an .xlsx, see what it holds, pick the period, 开始计算 in the
 * compute worker, then the problems or the results and the files to save. Nothing is uploaded.
 */
export function WebApp({ client }: { client: () => Promise<ComputeClient> }) {
  const s = useStyles();
  const [book, setBook] = useState<Book>({ kind: "none" });
  const [period, setPeriod] = useState<string | null>(null);
  const [params, setParams] = useState<Record<string, string> | null>(null);
  const [withMonths, setWithMonths] = useState(false);
  const [run, setRun] = useState<Run>({ kind: "idle" });
  const [notice, setNotice] = useState<string | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  const view = book.kind === "open" ? book.view : null;
  const groups = useMemo(() => periodGroups(view?.summary.months ?? []), [view]);
  const busy = book.kind === "reading" || run.kind === "computing";

  const openFile = useCallback(
    async (file: File, more: boolean) => {
      setRun({ kind: "idle" });
      setParams(null);
      setNotice(more ? WEB_TEXT.tooManyFiles : null);
      const empty = emptyFileMessage(file.name, file.size);
      if (empty) return setBook({ kind: "unreadable", name: file.name, message: empty });
      setBook({ kind: "reading", name: file.name });
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const opened = await (await client()).run("open", { bytes });
        setBook({ kind: "open", name: file.name, view: opened });
        setPeriod((p) => defaultPeriod(periodGroups(opened.summary.months), p));
      } catch (e) {
        setBook({ kind: "unreadable", name: file.name, message: unreadableMessage(file.name, messageOf(e)) });
      }
    },
    [client],
  );

  const compute = async () => {
    if (book.kind !== "open" || period === null) return;
    setNotice(null);
    setRun({ kind: "computing", progress: { phase: "checking", done: 0, total: 1 } });
    try {
      const scored = await (await client()).run("scoreBook", { period, params, now: Date.now(), withMonths }, (progress) => setRun({ kind: "computing", progress }));
      setRun({ kind: "finished", period, ...scored });
      requestAnimationFrame(() => resultRef.current?.querySelector<HTMLElement>("h2")?.focus());
    } catch (e) {
      setRun({ kind: "failed", message: messageOf(e) });
    }
  };

  const applyParams = async (values: Record<string, string>) => {
    const original = view?.params ?? {};
    const changed = Object.keys(values).filter((k) => (values[k] ?? "").trim() !== (original[k] ?? "").trim()).length;
    setParams(changed === 0 ? null : values);
    return WEB_TEXT.paramsApplied(changed);
  };

  const finished = run.kind === "finished" ? run : null;
  const counts = finished ? countProblems(finished.view.problems) : null;
  const downloads: Download[] = [];
  if (finished?.bytes && book.kind !== "none") {
    downloads.push({ label: WEB_TEXT.downloadWorkbook, name: scoredName(book.name), data: finished.bytes, type: XLSX_TYPE, primary: true });
  }
  if (finished?.json && book.kind !== "none") downloads.push({ label: WEB_TEXT.downloadJson, name: jsonName(book.name), data: finished.json, type: JSON_TYPE });
  if (finished?.docx && book.kind !== "none") {
    downloads.push({ label: WEB_TEXT.downloadBulletin, name: bulletinName(book.name), data: finished.docx, type: DOCX_TYPE });
  }

  return (
    <main className={s.root}>
      <header className={s.header}>
        <h1 className={s.title}>{WEB_TEXT.title}</h1>
        <Caption1>{WEB_TEXT.subtitle}</Caption1>
        <Caption1>{WEB_TEXT.privacy}</Caption1>
      </header>

      <FileChooser hasFile={book.kind !== "none"} disabled={busy} onFile={openFile} />
      {book.kind === "unreadable" && <Notice intent="error">{book.message}</Notice>}

      {book.kind !== "unreadable" && (
        <WorkbookCard
          view={view}
          busy={busy}
          templateMessages={book.kind === "open" ? [WEB_TEXT.fileName(book.name)] : []}
          emptyText={book.kind === "reading" ? WEB_TEXT.reading(book.name) : WEB_TEXT.noFile}
          loading={book.kind === "reading"}
        />
      )}

      {view && (
        <ComputeSection
          groups={groups}
          period={period}
          busy={busy}
          progress={run.kind === "computing" ? run.progress : null}
          onPeriodChange={setPeriod}
          onCompute={compute}
          withMonths={{ checked: withMonths, onChange: setWithMonths }}
        />
      )}

      {notice && <Notice intent="error">{notice}</Notice>}
      {run.kind === "failed" && <Notice intent="error">{WEB_TEXT.computeFailed(run.message)}</Notice>}

      <div ref={resultRef} aria-live="polite">
        {finished && finished.view.ok && (
          <div className={s.results}>
            <ResultSummary period={finished.period} report={{ highlights: finished.view.highlights, lowestHints: finished.view.lowestHints, written: finished.view.sheets }} sheetsHeading={WEB_TEXT.sheetsInResult} />
          </div>
        )}
        {finished && downloads.length > 0 && book.kind !== "none" && <Downloads files={downloads} hint={WEB_TEXT.downloadsHint(scoredName(book.name))} />}
        {finished && counts && finished.view.problems.length > 0 && (
          <section aria-labelledby="problems-heading">
            <h2 id="problems-heading" className={s.problemsHeading} tabIndex={-1}>
              {TEXT.problemsHeading(counts.errors, counts.warnings)}
            </h2>
            <ProblemList problems={finished.view.problems} hint={WEB_TEXT.problemsHint} />
          </section>
        )}
      </div>

      {view && (
        <details className={s.details}>
          <summary className={s.summary}>{TEXT.paramsHeading}</summary>
          <ParamsPanel params={params ?? view.params} busy={busy} onSave={applyParams} hint={WEB_TEXT.paramsHint} saveLabel={WEB_TEXT.applyParams} />
        </details>
      )}
    </main>
  );
}
