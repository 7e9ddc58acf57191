import { Caption1, ProgressBar, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ComputeProgress } from "../../hosts/office/workbook-host";
import { PHASES, progressView } from "../progress-steps";
import { TEXT } from "../texts";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  steps: { display: "flex", justifyContent: "space-between", margin: 0, padding: 0, listStyleType: "none" },
  step: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  done: { color: tokens.colorNeutralForeground1 },
  current: { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** The bar through 读取 → 检查 → 计算 → 写入, with the current step's detail. */
export function ComputeProgressView({ progress }: { progress: ComputeProgress }) {
  const s = useStyles();
  const view = progressView(progress);
  return (
    <div className={s.root}>
      <ol className={s.steps} aria-label={TEXT.computing}>
        {PHASES.map((phase, i) => (
          <li
            key={phase}
            className={mergeClasses(s.step, i < view.step && s.done, i === view.step && s.current)}
            aria-current={i === view.step ? "step" : undefined}
          >
            {TEXT.phases[phase]}
          </li>
        ))}
      </ol>
      <ProgressBar value={view.value} max={1} thickness="large" aria-label={TEXT.computing} />
      <Caption1 aria-live="polite">{view.detail}</Caption1>
    </div>
  );
}
