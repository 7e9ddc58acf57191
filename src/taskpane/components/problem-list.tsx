import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Problem } from "../../workbook/problem";
import { groupProblems } from "../problem-groups";
import { TEXT } from "../texts";

const useStyles = makeStyles({
  group: { margin: 0 },
  sheet: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  item: {
    display: "block",
    boxSizing: "border-box",
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: tokens.strokeWidthThickest,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  static: { cursor: "text", ":hover": { backgroundColor: tokens.colorNeutralBackground1 } },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  cell: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  tag: { marginRight: tokens.spacingHorizontalXS },
  tagError: { color: tokens.colorPaletteRedForeground1 },
  tagWarning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export interface ProblemListProps {
  problems: readonly Problem[];
  /**
   * Selects the problem's cell (the pane, in Excel): each item is a button. Without it (the web
   * page) each item names its cell as `sheet!cell`, and `hint` says to open it.
   */
  onSelect?(problem: Problem): void;
  hint?: string;
}

/** Problems grouped by sheet; each is a button that selects its cell in Excel, or names it. */
export function ProblemList({ problems, onSelect, hint = TEXT.problemsHint }: ProblemListProps) {
  const s = useStyles();
  return (
    <div>
      <Caption1>{hint}</Caption1>
      {groupProblems(problems).map((g) => (
        <section key={g.sheet} className={s.group} aria-label={g.sheet}>
          <h3 className={s.sheet}>
            {g.sheet}
            <Caption1>
              {" "}
              （{g.errors > 0 ? `${TEXT.severity.error} ${g.errors}` : ""}
              {g.errors > 0 && g.warnings > 0 ? "，" : ""}
              {g.warnings > 0 ? `${TEXT.severity.warning} ${g.warnings}` : ""}）
            </Caption1>
          </h3>
          <ul className={s.list}>
            {g.items.map(({ key, cell, problem }) => {
              const isError = problem.severity === "error";
              const content = (
                <>
                  <span className={s.cell}>{onSelect ? cell : `${problem.sheet}!${cell}`}</span>
                  <span className={mergeClasses(s.tag, isError ? s.tagError : s.tagWarning)}>{TEXT.severity[problem.severity]}</span>
                  {problem.message}
                </>
              );
              const className = mergeClasses(s.item, isError ? s.error : s.warning);
              return (
                <li key={key}>
                  {onSelect ? (
                    <button type="button" className={className} onClick={() => onSelect(problem)}>
                      {content}
                    </button>
                  ) : (
                    <div className={mergeClasses(className, s.static)}>{content}</div>
                  )}
                </li>
              );
            })}
          </ul>
          {g.hidden > 0 && <Caption1>{TEXT.moreProblems(g.hidden)}</Caption1>}
        </section>
      ))}
    </div>
  );
}
