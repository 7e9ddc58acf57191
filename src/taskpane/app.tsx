import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ComputeProgress, ComputeReport, WorkbookHost, WorkbookView } from "../hosts/office/workbook-host";
import type { Problem } from "../workbook/problem";
import { ComputeSection } from "./components/compute-section";
import { Notice } from "./components/notice";
import { WorkbookCard } from "./components/workbook-card";
import { defaultPeriod, periodGroups } from "./period-options";
import { actionFailureText, computeFailureText } from "./error-text";
import { countProblems } from "./problem-groups";
import { templateNotes } from "./template-notes";
import { TEXT } from "./texts";
import { useModule } from "./use-module";
import { SECTION_STYLES } from "./section-styles";

// Shown only after a compute or on demand: out of the pane's first load, fetched when it mounts.
const loadLaterParts = () =>
  Promise.all([
    import(/* webpackChunkName: "results" */ "./components/result-summary"),
    import(/* webpackChunkName: "results" */ "./components/problem-list"),
    import(/* webpackChunkName: "params" */ "./components/params-panel"),
  ]).then(([results, problems, params]) => ({ ...results, ...problems, ...params }));

const useStyles = makeStyles({
  root: {
    boxSizing: "border-box",
    minWidth: "280px",
    maxWidth: "640px",
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
  },
  header: { display: "flex", flexDirection: "column" },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  ...SECTION_STYLES,
});

type Run =
  | { kind: "idle" }
  | { kind: "computing"; progress: ComputeProgress }
  | { kind: "finished"; period: string; report: ComputeReport }
  | { kind: "failed"; message: string };

/** A month (`2026-03`) rather than a quarter or year: its own sheets are always written. */

/** The task pane: workbook summary, period, 开始计算, problems or results, parameters. */
export function App({ host }: { host: WorkbookHost }) {
  const s = useStyles();
  const [view, setView] = useState<WorkbookView | null>(null);
  const [period, setPeriod] = useState<string | null>(null);
  const [withMonths, setWithMonths] = useState(false);
  const [run, setRun] = useState<Run>({ kind: "idle" });
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [templateMessages, setTemplateMessages] = useState<string[]>([]);
  const resultRef = useRef<HTMLDivElement>(null);

  const groups = useMemo(() => periodGroups(view?.summary.months ?? []), [view]);

  const refresh = useCallback(async () => {
    try {
      const v = await host.inspect();
      setView(v);
      setPeriod((p) => defaultPeriod(periodGroups(v.summary.months), p));
    } catch (e) {
      setNotice(actionFailureText(e));
    }
  }, [host]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const later = useModule(loadLaterParts);

  /** Runs an action with the pane marked busy; an Excel error becomes a notice. */
  const act = async (action: () => Promise<void>) => {
    setBusy(true);
    setNotice(null);
    try {
      await action();
    } catch (e) {
      setNotice(actionFailureText(e));
    } finally {
      setBusy(false);
    }
  };

  const compute = () =>
    act(async () => {
      if (period === null) return;
      setRun({ kind: "computing", progress: { phase: "reading", done: 0, total: 1 } });
      try {
        const report = await host.compute(period, (progress) => setRun({ kind: "computing", progress }), { withMonths });
        setRun({ kind: "finished", period, report });
        requestAnimationFrame(() => resultRef.current?.querySelector<HTMLElement>("h2")?.focus());
      } catch (e) {
        setRun({ kind: "failed", message: computeFailureText(e) });
      }
    });

  const insertTemplate = () =>
    act(async () => {
      const report = await host.insertTemplate();
      setTemplateMessages(templateNotes(report));
      await refresh();
    });

  const saveParams = async (values: Record<string, string>) => {
    setBusy(true);
    try {
      const result = await host.saveParams(values);
      if (!result.ok) return result.message;
      await refresh();
      return TEXT.paramsSaved(result.changed);
    } catch (e) {
      return actionFailureText(e);
    } finally {
      setBusy(false);
    }
  };

  const select = (p: Problem) => act(() => host.selectCell(p.sheet, p.row, p.col));
  const showSheet = (name: string) => act(() => host.showSheet(name));
  const report = run.kind === "finished" ? run.report : null;
  const counts = report ? countProblems(report.problems) : null;

  return (
    <main className={s.root}>
      <header className={s.header}>
        <h1 className={s.title}>{TEXT.appTitle}</h1>
        <Caption1>{TEXT.appSubtitle}</Caption1>
      </header>

      <WorkbookCard view={view} busy={busy} templateMessages={templateMessages} onRefresh={() => act(refresh)} onInsertTemplate={insertTemplate} />

      <ComputeSection
        groups={groups}
        period={period}
        busy={busy}
        progress={run.kind === "computing" ? run.progress : null}
        onPeriodChange={setPeriod}
        onCompute={compute}
        withMonths={{ checked: withMonths, onChange: setWithMonths }}
      />

      {notice && <Notice intent="error">{notice}</Notice>}
      {run.kind === "failed" && <Notice intent="error">{run.message}</Notice>}

      <div ref={resultRef} aria-live="polite">
        {later && run.kind === "finished" && report!.ok && (
          <later.ResultSummary period={run.period} report={report!} onShowSheet={showSheet} />
        )}
        {report && counts && report.problems.length > 0 && (
          <section aria-labelledby="problems-heading">
            <h2 id="problems-heading" className={s.problemsHeading} tabIndex={-1}>
              {TEXT.problemsHeading(counts.errors, counts.warnings)}
            </h2>
            {later && <later.ProblemList problems={report.problems} onSelect={select} />}
          </section>
        )}
      </div>

      <details className={s.details}>
        <summary className={s.summary}>{TEXT.paramsHeading}</summary>
        {later && view && <later.ParamsPanel params={view.params} busy={busy} onSave={saveParams} />}
      </details>
    </main>
  );
}
