import { Button, makeStyles, Switch, tokens } from "@fluentui/react-components";
import type { ComputeProgress } from "../../hosts/office/workbook-host";
import type { PeriodGroup } from "../period-options";
import { TEXT } from "../texts";
import { ComputeProgressView } from "./compute-progress";
import { PeriodPicker } from "./period-picker";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

const isMonth = (period: string) => period.includes("-");

export interface ComputeSectionProps {
  groups: readonly PeriodGroup[];
  period: string | null;
  busy: boolean;
  /** The progress while a compute runs, else null. */
  progress: ComputeProgress | null;
  onPeriodChange(period: string): void;
  onCompute(): void;
  /** 同时写入各月结果表, shown for a quarter or year where the host offers it. */
  withMonths?: { checked: boolean; onChange(checked: boolean): void };
}

/** The period picker, 开始计算 and its progress: the same in the pane and the web page. */
export function ComputeSection({ groups, period, busy, progress, onPeriodChange, onCompute, withMonths }: ComputeSectionProps) {
  const s = useStyles();
  return (
    <section className={s.root} aria-label={TEXT.compute}>
      <PeriodPicker groups={groups} value={period} disabled={busy} onChange={onPeriodChange} />
      {withMonths && period !== null && !isMonth(period) && (
        <Switch label={TEXT.withMonths} checked={withMonths.checked} disabled={busy} onChange={(_, data) => withMonths.onChange(data.checked)} />
      )}
      <Button appearance="primary" size="large" onClick={onCompute} disabled={busy || period === null}>
        {progress ? TEXT.computing : TEXT.compute}
      </Button>
      {progress && <ComputeProgressView progress={progress} />}
    </section>
  );
}
