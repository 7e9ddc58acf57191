import { Field, Select } from "@fluentui/react-components";
import type { PeriodGroup } from "../period-options";
import { TEXT } from "../texts";

export interface PeriodPickerProps {
  groups: readonly PeriodGroup[];
  value: string | null;
  disabled: boolean;
  onChange(period: string): void;
}

/** A native select (keyboard friendly) of the months, quarters and years present. */
export function PeriodPicker({ groups, value, disabled, onChange }: PeriodPickerProps) {
  const empty = groups.length === 0;
  return (
    <Field label={TEXT.periodLabel} validationMessage={empty ? TEXT.noPeriods : undefined} validationState={empty ? "warning" : "none"}>
      <Select value={value ?? ""} disabled={disabled || empty} onChange={(_, data) => onChange(data.value)}>
        {groups.map((g) => (
          <optgroup key={g.kind} label={TEXT.periodGroups[g.kind]}>
            {g.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </Select>
    </Field>
  );
}
