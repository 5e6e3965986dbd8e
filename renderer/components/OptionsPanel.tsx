import type { DiffOptions } from '../../shared/model';
import type { ViewSwitch } from '../state/app-state';

const OPTION_LABELS: ReadonlyArray<{ key: keyof DiffOptions; label: string }> = [
  { key: 'ignoreCase', label: 'Ignore case' },
  { key: 'ignorePunctuation', label: 'Ignore punctuation' },
  { key: 'normalizeQuotes', label: 'Curly = straight quotes' },
  { key: 'ignoreWhitespace', label: 'Ignore whitespace' },
];

const SWITCH_LABELS: ReadonlyArray<{ key: ViewSwitch; label: string }> = [
  { key: 'collapse', label: 'Collapse identical rows' },
  { key: 'blind', label: 'Blind (hide outlets)' },
  { key: 'markLoaded', label: 'Mark loaded language' },
];

/** Props of {@link OptionsPanel}. */
export interface OptionsPanelProps {
  /** How wording is compared. */
  readonly options: DiffOptions;
  /** The display switches' values. */
  readonly switches: Readonly<Record<ViewSwitch, boolean>>;
  readonly onOption: (key: keyof DiffOptions, value: boolean) => void;
  readonly onSwitch: (key: ViewSwitch, value: boolean) => void;
}

/** The comparison's options and the display switches. */
export function OptionsPanel({ options, switches, onOption, onSwitch }: OptionsPanelProps) {
  return (
    <fieldset className="options">
      <legend>Compare wording</legend>
      {OPTION_LABELS.map((o) => (
        <label key={o.key}>
          <input
            type="checkbox"
            checked={options[o.key]}
            onChange={(e) => onOption(o.key, e.target.checked)}
          />{' '}
          {o.label}
        </label>
      ))}
      {SWITCH_LABELS.map((o) => (
        <label key={o.key}>
          <input
            type="checkbox"
            checked={switches[o.key]}
            onChange={(e) => onSwitch(o.key, e.target.checked)}
          />{' '}
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
