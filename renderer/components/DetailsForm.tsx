import { useId, useState, type FormEvent } from 'react';
import type { DetailField, UserDetails } from '../../shared/project';
import { DETAIL_FIELDS } from '../../shared/project';

/** The values detected in an article, the default of each detail. */
export type DetectedValues = Readonly<Record<DetailField, string | null>>;

/** What saving the form asks: details to set, details to forget (the detected apply). */
export interface DetailsChange {
  readonly set: UserDetails;
  readonly reset: ReadonlyArray<DetailField>;
}

const LABELS: Readonly<Record<DetailField, string>> = {
  outlet: 'Outlet',
  title: 'Title',
  date: 'Date',
  url: 'Address (URL)',
};

const PLACEHOLDERS: Readonly<Record<DetailField, string>> = {
  outlet: 'e.g. The Guardian',
  title: '',
  date: 'YYYY-MM-DD',
  url: 'https://…',
};

/**
 * The change a form's values make (pure): a value equal to the detected one (or an empty
 * outlet, date or address where none was detected) forgets the user's; an emptied outlet,
 * date or address says there is none; anything else is the user's.
 */
export function detailsChange(
  values: Readonly<Record<DetailField, string>>,
  detected: DetectedValues,
  user: UserDetails,
): DetailsChange {
  const set: { -readonly [K in DetailField]?: UserDetails[K] } = {};
  const reset: DetailField[] = [];
  for (const field of DETAIL_FIELDS) {
    const value = values[field].trim();
    const found = detected[field] ?? '';
    if (value === found) {
      if (user[field] !== undefined) {
        reset.push(field);
      }
    } else if (value === '' && field !== 'title') {
      set[field] = null;
    } else {
      // An emptied title is refused by the check, with its message.
      set[field] = value;
    }
  }
  return { set, reset };
}

/** Props of {@link DetailsForm}. */
export interface DetailsFormProps {
  /** The article's name, for labels. */
  readonly label: string;
  readonly detected: DetectedValues;
  readonly user: UserDetails;
  /** Saves; resolves to a message when a value is refused. */
  readonly onSave: (change: DetailsChange) => string | null;
  readonly onClose: () => void;
}

/**
 * An article's details as the user sets them, the fields in {@link DETAIL_FIELDS}' order
 * (title, outlet, date, address). Each field starts at the value in force; the detected
 * value is shown under it, with a button to bring it back where the user set another.
 */
export function DetailsForm({ label, detected, user, onSave, onClose }: DetailsFormProps) {
  const id = useId();
  const inForce = (field: DetailField): string => {
    const mine = user[field];
    return mine === undefined ? (detected[field] ?? '') : (mine ?? '');
  };
  const [values, setValues] = useState(() => {
    const inForceNow = DETAIL_FIELDS.map((field) => [field, inForce(field)]);
    return Object.fromEntries(inForceNow) as Record<DetailField, string>;
  });
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const problem = onSave(detailsChange(values, detected, user));
    setError(problem);
    if (problem === null) {
      onClose();
    }
  };
  return (
    <form
      className="details-form"
      onSubmit={submit}
      aria-label={`Details of ${label}`}
      // Esc closes the form unsaved, as Cancel does.
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onClose();
        }
      }}
    >
      {DETAIL_FIELDS.map((field) => {
        const found = detected[field];
        const differs = values[field].trim() !== (found ?? '');
        return (
          <div key={field} className="field">
            <label htmlFor={`${id}-${field}`}>{LABELS[field]}</label>
            <input
              id={`${id}-${field}`}
              type={field === 'url' ? 'url' : 'text'}
              value={values[field]}
              placeholder={PLACEHOLDERS[field]}
              onChange={(e) => setValues({ ...values, [field]: e.target.value })}
              aria-describedby={`${id}-${field}-found`}
              dir="auto"
            />
            <span id={`${id}-${field}-found`} className="hint">
              {differs ? 'Yours. ' : ''}Detected: {found ?? 'none'}
              {differs && (
                <>
                  {' '}
                  <button
                    type="button"
                    className="link"
                    onClick={() => setValues({ ...values, [field]: found ?? '' })}
                  >
                    Use detected
                  </button>
                </>
              )}
            </span>
          </div>
        );
      })}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary">
        Save
      </button>{' '}
      <button type="button" onClick={onClose}>
        Cancel
      </button>
    </form>
  );
}
