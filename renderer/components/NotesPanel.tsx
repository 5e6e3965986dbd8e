import { useId, useState, type FormEvent } from 'react';
import type { RowIndex } from '../../shared/model';
import type { AnnotatedItem, Code, CodeFields } from '../../shared/project';
import { rowNumber } from '../../shared/view-model/display';
import type { AsideItem } from '../state/app-state';
import { CodeChip, differenceLabel, noteExcerpt } from './AnnotationStrip';

/** Which items the list shows. */
export interface NotesFilter {
  /** Notes only, codes only, or both. */
  readonly kind: 'all' | 'notes' | 'codes';
  /** A code's id, or '' for any. */
  readonly code: string;
  /**
   * Words to find in notes, code names or the difference's words and number ("difference
   * 14"); '' for none.
   */
  readonly text: string;
}

/** What a filter reads of an item: on a row of the comparison, or set aside. */
interface FilteredItem {
  readonly notes: ReadonlyArray<{ readonly text: string }>;
  readonly codes: ReadonlyArray<{ readonly code: Code }>;
  readonly target:
    | { readonly kind: 'row' }
    | { readonly kind: 'difference'; readonly sides: ReadonlyArray<{ readonly text: string }> };
  /** The difference's number, where the item is on one of the comparison. */
  readonly difference?: number | null;
}

/** The items that pass a filter (pure). */
export function filterItems<T extends FilteredItem>(
  items: ReadonlyArray<T>,
  filter: NotesFilter,
): ReadonlyArray<T> {
  const words = filter.text.trim().toLowerCase();
  return items.filter((item) => {
    if (filter.kind === 'notes' && item.notes.length === 0) {
      return false;
    }
    if (filter.kind === 'codes' && item.codes.length === 0) {
      return false;
    }
    if (filter.code !== '' && !item.codes.some((c) => c.code.id === filter.code)) {
      return false;
    }
    if (words === '') {
      return true;
    }
    const haystack = [
      ...item.notes.map((n) => n.text),
      ...item.codes.map((c) => c.code.name),
      ...(item.target.kind === 'difference' ? item.target.sides.map((s) => s.text) : []),
      item.difference ? `difference ${item.difference}` : '',
    ]
      .join('\n')
      .toLowerCase();
    return haystack.includes(words);
  });
}

/** Props of {@link NotesPanel}. */
export interface NotesPanelProps {
  /** Every annotated item of the comparison, in row order. */
  readonly items: ReadonlyArray<AnnotatedItem>;
  /** The notes and codes on rows of articles not compared now, with why. */
  readonly aside: ReadonlyArray<AsideItem>;
  readonly codebook: ReadonlyArray<Code>;
  /** The story's name as the user set it ("" for none) and what stands in for it. */
  readonly story: string;
  readonly storyDefault: string;
  readonly name: (article: number) => string;
  /** Goes to a row. */
  readonly onJump: (row: RowIndex) => void;
  readonly onStory: (story: string) => string | null;
  readonly onEditNote: (id: string, text: string) => string | null;
  readonly onRemoveNote: (id: string) => void;
  readonly onRemoveCoding: (id: string) => void;
  readonly onAddCode: (
    code: CodeFields,
  ) =>
    { readonly ok: true; readonly id: string } | { readonly ok: false; readonly message: string };
  readonly onEditCode: (id: string, code: CodeFields) => string | null;
  readonly onMoveCode: (id: string, to: number) => void;
  readonly onRemoveCode: (id: string) => void;
  readonly onExportCodes: () => void;
}

/**
 * The Notes & Codes tab: the story's name, the codebook (add, edit, order, remove), and
 * every note and code with filters, each leading to its row; the codes export.
 */
export function NotesPanel(props: NotesPanelProps) {
  const { items, aside, codebook, name, onJump } = props;
  const [filter, setFilter] = useState<NotesFilter>({ kind: 'all', code: '', text: '' });
  const shown = filterItems(items, filter);
  const shownAside = filterItems(aside, filter);
  const id = useId();
  const uses = (code: string): number =>
    [...items, ...aside].reduce((n, i) => n + i.codes.filter((c) => c.code.id === code).length, 0);
  const count = items.length + aside.length;
  const shownCount = shown.length + shownAside.length;
  return (
    <section className="notes-panel" aria-label="Notes and codes">
      <StoryField story={props.story} fallback={props.storyDefault} onStory={props.onStory} />
      <h2>Codebook ({codebook.length})</h2>
      <ol className="codebook">
        {codebook.map((code, i) => (
          <CodeEntry
            key={code.id}
            code={code}
            uses={uses(code.id)}
            first={i === 0}
            last={i === codebook.length - 1}
            onEdit={(fields) => props.onEditCode(code.id, fields)}
            onMove={(by) => props.onMoveCode(code.id, i + by)}
            onRemove={() => props.onRemoveCode(code.id)}
          />
        ))}
      </ol>
      <CodeForm
        submitLabel="Add code"
        initial={{ name: '', colour: '#1d4ed8', description: '' }}
        onSubmit={(fields) => {
          const added = props.onAddCode(fields);
          return added.ok ? null : added.message;
        }}
        resetOnSubmit
      />
      <h2>
        Notes and codes ({shownCount}
        {shownCount !== count ? ` of ${count}` : ''})
      </h2>
      <div className="filters" role="group" aria-label="Filter the notes and codes">
        <label>
          <span>Show</span>
          <select
            value={filter.kind}
            onChange={(e) => setFilter({ ...filter, kind: e.target.value as NotesFilter['kind'] })}
          >
            <option value="all">Notes and codes</option>
            <option value="notes">Notes</option>
            <option value="codes">Codes</option>
          </select>
        </label>
        <label>
          <span>Code</span>
          <select
            value={filter.code}
            onChange={(e) => setFilter({ ...filter, code: e.target.value })}
          >
            <option value="">Any</option>
            {codebook.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Find</span>
          <input
            type="search"
            value={filter.text}
            onChange={(e) => setFilter({ ...filter, text: e.target.value })}
            aria-describedby={`${id}-find`}
          />
        </label>
        <span id={`${id}-find`} className="visually-hidden">
          words in notes, code names or the differences, or a difference's number (“difference 14”)
        </span>
      </div>
      {count === 0 ? (
        <p className="hint">
          No notes or codes yet. Select a paragraph in the comparison and press A (or right-click
          it) to write a note or apply a code.
        </p>
      ) : shownCount === 0 ? (
        <p className="hint" role="status">
          Nothing matches the filter.
        </p>
      ) : (
        <ol className="annotation-list">
          {shown.map((item) => (
            <li key={item.key}>
              <button
                type="button"
                className="jump"
                onClick={() => item.row !== null && onJump(item.row)}
                disabled={item.row === null}
              >
                Row {item.row === null ? '?' : rowNumber(item.row)}
              </button>
              {item.target.kind === 'difference' && (
                <span className="about">{differenceLabel(item, name)}</span>
              )}
              <span className="chips">
                {item.codes.map(({ coding, code }) => (
                  <span key={coding.id} className="applied">
                    <CodeChip name={code.name} colour={code.colour} />
                    <button
                      type="button"
                      className="remove-chip"
                      aria-label={`Remove the code ${code.name} from row ${(item.row ?? 0) + 1}`}
                      onClick={() => props.onRemoveCoding(coding.id)}
                    >
                      ×
                    </button>
                  </span>
                ))}
              </span>
              {item.notes.map((note) => (
                <NoteEntry
                  key={note.id}
                  text={note.text}
                  onEdit={(text) => props.onEditNote(note.id, text)}
                  onRemove={() => props.onRemoveNote(note.id)}
                />
              ))}
            </li>
          ))}
        </ol>
      )}
      {shownAside.length > 0 && (
        <>
          <h3>Not on a row of this comparison ({shownAside.length})</h3>
          <p className="hint">Tick the articles again to see them on their rows.</p>
          <ol className="annotation-list aside">
            {shownAside.map((item) => (
              <li key={item.key}>
                <span className="about">
                  {item.reason}
                  {item.target.kind === 'difference' &&
                    `, about ${item.target.sides
                      .map((s) => (s.text === '' ? 'nothing' : `“${noteExcerpt(s.text, 60)}”`))
                      .join(' / ')}`}
                  :
                </span>
                <span className="chips">
                  {item.codes.map(({ coding, code }) => (
                    <CodeChip key={coding.id} name={code.name} colour={code.colour} />
                  ))}
                </span>
                {item.notes.map((note) => (
                  <div key={note.id} className="note">
                    <p dir="auto">{note.text}</p>
                  </div>
                ))}
              </li>
            ))}
          </ol>
        </>
      )}
      <p>
        <button type="button" onClick={props.onExportCodes}>
          Export Codes (CSV)…
        </button>
      </p>
    </section>
  );
}

function StoryField({
  story,
  fallback,
  onStory,
}: {
  readonly story: string;
  readonly fallback: string;
  readonly onStory: (story: string) => string | null;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const commit = (): void => {
    if (draft === null) {
      return;
    }
    const problem = onStory(draft);
    setError(problem);
    if (problem === null) {
      setDraft(null);
    }
  };
  return (
    <div className="story-field">
      <label className="field">
        <span>Story</span>
        <input
          type="text"
          value={draft ?? story}
          placeholder={fallback}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              commit();
            }
          }}
        />
      </label>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function NoteEntry({
  text,
  onEdit,
  onRemove,
}: {
  readonly text: string;
  readonly onEdit: (text: string) => string | null;
  readonly onRemove: () => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (draft !== null) {
    const save = (event: FormEvent): void => {
      event.preventDefault();
      const problem = onEdit(draft);
      setError(problem);
      if (problem === null) {
        setDraft(null);
      }
    };
    return (
      <form className="note-edit" onSubmit={save}>
        <textarea
          aria-label="Note"
          rows={3}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          dir="auto"
        />
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit">Save</button>{' '}
        <button type="button" onClick={() => setDraft(null)}>
          Cancel
        </button>
      </form>
    );
  }
  return (
    <div className="note">
      <p dir="auto">{text}</p>
      <button
        type="button"
        aria-label={`Edit the note “${noteExcerpt(text, 40)}”`}
        onClick={() => setDraft(text)}
      >
        Edit
      </button>{' '}
      <button
        type="button"
        aria-label={`Remove the note “${noteExcerpt(text, 40)}”`}
        onClick={onRemove}
      >
        Remove
      </button>
    </div>
  );
}

function CodeEntry({
  code,
  uses,
  first,
  last,
  onEdit,
  onMove,
  onRemove,
}: {
  readonly code: Code;
  readonly uses: number;
  readonly first: boolean;
  readonly last: boolean;
  readonly onEdit: (fields: CodeFields) => string | null;
  readonly onMove: (by: number) => void;
  readonly onRemove: () => void;
}) {
  const [editing, setEditing] = useState(false);
  if (editing) {
    return (
      <li>
        <CodeForm
          submitLabel="Save"
          initial={{ name: code.name, colour: code.colour, description: code.description ?? '' }}
          onSubmit={(fields) => {
            const problem = onEdit(fields);
            if (problem === null) {
              setEditing(false);
            }
            return problem;
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  }
  return (
    <li>
      <CodeChip name={code.name} colour={code.colour} />{' '}
      <span className="hint">
        {uses} {uses === 1 ? 'use' : 'uses'}
      </span>
      {code.description && <p className="hint">{code.description}</p>}
      <span className="code-actions">
        <button
          type="button"
          aria-label={`Edit the code ${code.name}`}
          onClick={() => setEditing(true)}
        >
          Edit
        </button>
        <button
          type="button"
          aria-label={`Move ${code.name} up`}
          disabled={first}
          onClick={() => onMove(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          aria-label={`Move ${code.name} down`}
          disabled={last}
          onClick={() => onMove(1)}
        >
          ↓
        </button>
        <button
          type="button"
          aria-label={`Remove the code ${code.name}${uses > 0 ? ` and its ${uses} ${uses === 1 ? 'use' : 'uses'}` : ''}`}
          onClick={onRemove}
        >
          Remove
        </button>
      </span>
    </li>
  );
}

function CodeForm({
  submitLabel,
  initial,
  onSubmit,
  onCancel,
  resetOnSubmit = false,
}: {
  readonly submitLabel: string;
  readonly initial: {
    readonly name: string;
    readonly colour: string;
    readonly description: string;
  };
  readonly onSubmit: (fields: CodeFields) => string | null;
  readonly onCancel?: () => void;
  readonly resetOnSubmit?: boolean;
}) {
  const [fields, setFields] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const problem = onSubmit(fields);
    setError(problem);
    if (problem === null && resetOnSubmit) {
      setFields(initial);
    }
  };
  return (
    <form className="code-form" onSubmit={submit}>
      <label className="field">
        <span>{resetOnSubmit ? 'New code' : 'Name'}</span>
        <input
          type="text"
          value={fields.name}
          onChange={(e) => setFields({ ...fields, name: e.target.value })}
          placeholder="e.g. framing, omission, attribution"
        />
      </label>
      <label className="field colour">
        <span>Colour</span>
        <input
          type="color"
          value={fields.colour}
          onChange={(e) => setFields({ ...fields, colour: e.target.value })}
        />
      </label>
      <label className="field">
        <span>Meaning (optional)</span>
        <input
          type="text"
          value={fields.description}
          onChange={(e) => setFields({ ...fields, description: e.target.value })}
        />
      </label>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={fields.name.trim() === ''}>
        {submitLabel}
      </button>
      {onCancel && (
        <>
          {' '}
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </>
      )}
    </form>
  );
}
