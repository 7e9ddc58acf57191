import { Button, Caption1, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { paramFields, weightsAddUp } from "../param-fields";
import { TEXT } from "../texts";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export interface ParamsPanelProps {
  /** Name → text in the 参数 sheet. */
  params: Readonly<Record<string, string>>;
  busy: boolean;
  /** Saves (the pane: into the 参数 sheet; the web page: for the next compute); returns the message shown. */
  onSave(values: Record<string, string>): Promise<string>;
  /** The line above the fields and the button's text (defaults: the pane's). */
  hint?: string;
  saveLabel?: string;
}

/** Edits the 参数 sheet: one field per parameter, checked as the compute checks it. */
export function ParamsPanel({ params, busy, onSave, hint = TEXT.paramsHint, saveLabel = TEXT.saveParams }: ParamsPanelProps) {
  const s = useStyles();
  const [texts, setTexts] = useState<Record<string, string>>({ ...params });
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => setTexts({ ...params }), [params]);
  const fields = paramFields(texts);
  const sumOk = weightsAddUp(fields);
  const invalid = fields.some((f) => f.error) || sumOk === false;
  const set = (name: string, value: string) => {
    setMessage(null);
    setTexts((t) => ({ ...t, [name]: value }));
  };
  const save = async () => setMessage(await onSave(Object.fromEntries(fields.map((f) => [f.spec.name, f.text]))));

  return (
    <div className={s.root}>
      <Caption1>{hint}</Caption1>
      {fields.map(({ spec, text, error }) => (
        <Field
          key={spec.name}
          label={spec.name}
          hint={`${spec.description}（${TEXT.paramDefault(spec.defaultText)}）`}
          validationState={error ? "error" : "none"}
          validationMessage={error ? TEXT.paramInvalid(error) : undefined}
        >
          {spec.choices ? (
            <Select value={text} onChange={(_, d) => set(spec.name, d.value)}>
              <option value="">{TEXT.paramDefault(spec.defaultText)}</option>
              {[...spec.choices, ...(text !== "" && !spec.choices.includes(text) ? [text] : [])].map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </Select>
          ) : (
            <Input value={text} placeholder={spec.defaultText} onChange={(_, d) => set(spec.name, d.value)} />
          )}
        </Field>
      ))}
      {sumOk === false && (
        <Caption1 role="alert" style={{ color: tokens.colorPaletteRedForeground1 }}>
          {TEXT.weightsSum}
        </Caption1>
      )}
      <div>
        <Button onClick={save} disabled={busy || invalid}>
          {saveLabel}
        </Button>
      </div>
      {message && <Caption1 role="status">{message}</Caption1>}
    </div>
  );
}
