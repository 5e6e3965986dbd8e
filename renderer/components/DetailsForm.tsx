import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { DetailField, UserDetails } from '../../shared/project';
import { DETAIL_FIELDS } from '../../shared/project';
import { detailProblems } from '../detail-checks';

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
 * Opened, it focuses its first field; a value refused gets its message under its field
 * (the form's own, see `detail-checks.ts`, not the browser's), gone once the field changes.
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
  const [problems, setProblems] = useState<Partial<Record<DetailField, string>>>({});
  const fields = useRef(new Map<DetailField, HTMLInputElement>());
  useEffect(() => {
    fields.current.get(DETAIL_FIELDS[0] ?? 'title')?.focus();
  }, []);
  /** A field's new value: its message, and the form's, no longer apply. */
  const change = (field: DetailField, value: string): void => {
    setValues({ ...values, [field]: value });
    const { [field]: _gone, ...others } = problems;
    setProblems(others);
    setError(null);
  };
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const refused = detailProblems(values, detected);
    const first = DETAIL_FIELDS.find((field) => refused[field] !== undefined);
    setProblems(refused);
    if (first !== undefined) {
      setError(null);
      fields.current.get(first)?.focus();
      return;
    }
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
      // The form's own messages, under the fields, rather than the browser's bubbles.
      noValidate
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
        const problem = problems[field];
        return (
          <div key={field} className="field">
            <label htmlFor={`${id}-${field}`}>{LABELS[field]}</label>
            <input
              ref={(node) => {
                if (node) {
                  fields.current.set(field, node);
                } else {
                  fields.current.delete(field);
                }
              }}
              id={`${id}-${field}`}
              type={field === 'url' ? 'url' : 'text'}
              value={values[field]}
              placeholder={PLACEHOLDERS[field]}
              onChange={(e) => change(field, e.target.value)}
              aria-invalid={problem !== undefined || undefined}
              aria-describedby={
                problem === undefined
                  ? `${id}-${field}-found`
                  : `${id}-${field}-problem ${id}-${field}-found`
              }
              dir="auto"
            />
            <span id={`${id}-${field}-found`} className="hint">
              {differs ? 'Yours. ' : ''}Detected: {found ?? 'none'}
              {differs && (
                <>
                  {' '}
                  <button type="button" className="link" onClick={() => change(field, found ?? '')}>
                    Use detected
                  </button>
                </>
              )}
            </span>
            {problem !== undefined && (
              <span id={`${id}-${field}-problem`} className="form-error field-error">
                {problem}
              </span>
            )}
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
