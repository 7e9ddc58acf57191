import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { saveFile } from "./save-file";
import { WEB_TEXT } from "./web-texts";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  buttons: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

/** A file the page offers to save. */
export interface Download {
  label: string;
  /** The saved file's name. */
  name: string;
  data: Uint8Array | string;
  type: string;
  primary?: boolean;
}

/** The 保存结果 buttons: each saves its file on this computer. */
export function Downloads({ files, hint }: { files: readonly Download[]; hint: string }) {
  const s = useStyles();
  return (
    <section className={s.root} aria-labelledby="downloads-heading">
      <h3 id="downloads-heading" className={s.heading}>
        {WEB_TEXT.downloadsHeading}
      </h3>
      <div className={s.buttons}>
        {files.map((f) => (
          <Button key={f.name} appearance={f.primary ? "primary" : "secondary"} onClick={() => saveFile(f.name, f.data, f.type)} title={f.name}>
            {f.label}
          </Button>
        ))}
      </div>
      <Caption1>{hint}</Caption1>
    </section>
  );
}
