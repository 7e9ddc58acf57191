import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  root: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  error: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder1}`,
    color: tokens.colorNeutralForeground1,
  },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteGreenBorder1}`,
    color: tokens.colorNeutralForeground1,
  },
});

/** A message box (lighter than Fluent's MessageBar, which brings its motion library). */
export function Notice({ intent, children }: { intent: "error" | "success"; children: ReactNode }) {
  const s = useStyles();
  return (
    <div role={intent === "error" ? "alert" : "status"} className={mergeClasses(s.root, s[intent])}>
      {children}
    </div>
  );
}
