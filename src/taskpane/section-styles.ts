import { tokens } from "@fluentui/react-components";

/** Styles the pane and the web page share for their sections (spread into each makeStyles). */
export const SECTION_STYLES = {
  problemsHeading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  details: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS },
  summary: {
    cursor: "pointer",
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalXS} 0`,
    marginBottom: tokens.spacingVerticalS,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
} as const;
