import { Button, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { WEB_TEXT } from "./web-texts";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  over: {
    borderTopColor: tokens.colorBrandStroke1,
    borderRightColor: tokens.colorBrandStroke1,
    borderBottomColor: tokens.colorBrandStroke1,
    borderLeftColor: tokens.colorBrandStroke1,
    backgroundColor: tokens.colorBrandBackground2 },
  input: { display: "none" },
});

export interface FileChooserProps {
  hasFile: boolean;
  disabled: boolean;
  onFile(file: File, more: boolean): void;
}

/** The 「选择工作簿」 button, and the whole page as a drop target for one file. */
export function FileChooser({ hasFile, disabled, onFile }: FileChooserProps) {
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  useEffect(() => {
    const files = (e: DragEvent) => e.dataTransfer?.types.includes("Files") ?? false;
    const onOver = (e: DragEvent) => {
      if (!files(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = disabled ? "none" : "copy";
      setOver(!disabled);
    };
    const onLeave = (e: DragEvent) => {
      if (e.relatedTarget === null) setOver(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!files(e)) return;
      e.preventDefault();
      setOver(false);
      const list = e.dataTransfer?.files;
      if (!disabled && list && list.length > 0) onFile(list[0], list.length > 1);
    };
    window.addEventListener("dragover", onOver);
    window.addEventListener("dragleave", onLeave);
    window.addEventListener("drop", onDrop);
    return () => {
      window.removeEventListener("dragover", onOver);
      window.removeEventListener("dragleave", onLeave);
      window.removeEventListener("drop", onDrop);
    };
  }, [disabled, onFile]);

  return (
    <div className={mergeClasses(s.zone, over && s.over)}>
      <input
        ref={input}
        className={s.input}
        type="file"
        aria-label={WEB_TEXT.choose}
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(e) => {
          const list = e.currentTarget.files;
          if (list && list.length > 0) onFile(list[0], list.length > 1);
          e.currentTarget.value = "";
        }}
      />
      <Button appearance={hasFile ? "secondary" : "primary"} size="large" disabled={disabled} onClick={() => input.current?.click()}>
        {hasFile ? WEB_TEXT.chooseAgain : WEB_TEXT.choose}
      </Button>
      <Caption1>{over ? WEB_TEXT.dropHere : WEB_TEXT.dropHint}</Caption1>
    </div>
  );
}
