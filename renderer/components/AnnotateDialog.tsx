import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { Comparison, DiffPart, RowIndex } from '../../shared/model';
import { rowNumber, wordingNumber, type WordingNumbers } from '../../shared/view-model/display';
import {
  differenceAnchor,
  rowAnchor,
  type AnnotatedItem,
  type Anchor,
  type Code,
  type CodeFields,
} from '../../shared/project';
import { trapTab } from '../focus-trap';
import { CodeChip, noteExcerpt } from './AnnotationStrip';
import { markWords } from '../naming';

/** One thing of a row a note or code can be about: the row, or one of its differences. */
export interface AnnotationTarget {
  /** `row`, or `ARTICLE:PART` for a difference. */
  readonly key: string;
  /** The row, or a difference's changed phrase. */
  readonly label: string;
  /**
   * For a difference: the reworded cell it is a phrase of, by outlet and number ("The Post:
   * difference 9"; the number names the whole cell's rewording, so the cell's phrases are
   * listed under it); null for the row.
   */
  readonly group: string | null;
  readonly anchor: Anchor;
}

/** A part of a diff in words: “forced to admit” → “issued an apology”. */
function partWords(part: DiffPart): string {
  // Marks alone ("," → ".") are named: quoted, they are specks a reader cannot tell apart.
  const q = (text: string): string => markWords(text) ?? `“${noteExcerpt(text, 50)}”`;
  switch (part.kind) {
    case 'replace':
      return `${q(part.base)} → ${q(part.other)}`;
    case 'delete':
      return `${q(part.base)} left out`;
    case 'insert':
      return `${q(part.other)} added`;
    case 'equal':
      return q(part.other);
  }
}

/**
 * The row and each of its differences, as targets of notes and codes: a difference by its
 * words, in the group of its reworded cell, named by its outlet and the number the
 * differences list gives the cell's rewording (`view`: the view model of the same
 * comparison).
 */
export function annotationTargets(
  comparison: Comparison,
  row: RowIndex,
  name: (article: number) => string,
  view: WordingNumbers,
): ReadonlyArray<AnnotationTarget> {
  const r = comparison.rows[row];
  const whole = rowAnchor(comparison, row);
  if (r === undefined || whole === null) {
    return [];
  }
  const targets: AnnotationTarget[] = [
    { key: 'row', label: `The whole row ${rowNumber(row)}`, group: null, anchor: whole },
  ];
  for (const diff of r.diffs) {
    const number = wordingNumber(view, row, diff.article);
    const group = `${name(diff.article)}${number === null ? '' : `: difference ${number}`}`;
    diff.parts.forEach((part, i) => {
      const anchor = differenceAnchor(comparison, row, diff.article, i);
      if (anchor !== null) {
        targets.push({ key: `${diff.article}:${i}`, label: partWords(part), group, anchor });
      }
    });
  }
  return targets;
}

/** Targets in runs of one group, for the choices' `<optgroup>`s (the row's alone). */
export function groupedTargets(
  targets: ReadonlyArray<AnnotationTarget>,
): ReadonlyArray<{ readonly group: string | null; readonly targets: AnnotationTarget[] }> {
  const runs: { group: string | null; targets: AnnotationTarget[] }[] = [];
  for (const target of targets) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.group !== null && last.group === target.group) {
      last.targets.push(target);
    } else {
      runs.push({ group: target.group, targets: [target] });
    }
  }
  return runs;
}

/** The annotated item that stands for a target in the row, if any. */
export function itemOfTarget(
  items: ReadonlyArray<AnnotatedItem>,
  key: string,
): AnnotatedItem | undefined {
  if (key === 'row') {
    return items.find((i) => i.target.kind === 'row');
  }
  const [article, index] = key.split(':').map(Number);
  return items.find((i) => i.part?.article === article && i.part?.index === index);
}

/** What the user asked for in the dialog. */
export interface AnnotationChange {
  readonly target: Anchor;
  /** The item it stands for now (its codes applied), if any. */
  readonly item: AnnotatedItem | undefined;
  /** A new note ("" for none). */
  readonly note: string;
  /** The codes that should be applied to the target. */
  readonly codes: ReadonlyArray<string>;
}

/** Colours offered for new codes, in turn. */
const CODE_COLOURS = ['#c2410c', '#1d4ed8', '#047857', '#7c3aed', '#b91c1c', '#0e7490', '#a16207'];

/** Props of {@link AnnotateDialog}. */
export interface AnnotateDialogProps {
  /** The row. */
  readonly row: RowIndex;
  readonly comparison: Comparison;
  /** The comparison's view model, whose numbers the differences are named by. */
  readonly view: WordingNumbers;
  /** The row's annotated items. */
  readonly items: ReadonlyArray<AnnotatedItem>;
  readonly codebook: ReadonlyArray<Code>;
  readonly name: (article: number) => string;
  /** Saves the change; resolves to a message when it could not be made. */
  readonly onSave: (change: AnnotationChange) => string | null;
  /** Adds a code to the codebook: its id, or a message. */
  readonly onAddCode: (
    code: CodeFields,
  ) =>
    { readonly ok: true; readonly id: string } | { readonly ok: false; readonly message: string };
  readonly onRemoveNote: (id: string) => void;
  readonly onClose: () => void;
}

/**
 * Notes and codes of a row, in a modal dialog: what they are about (the row or one of its
 * differences), the notes there, a new note, and the codes applied (a new code can be added
 * to the codebook here).
 */
export function AnnotateDialog({
  row,
  comparison,
  view,
  items,
  codebook,
  name,
  onSave,
  onAddCode,
  onRemoveNote,
  onClose,
}: AnnotateDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const targets = useMemo(
    () => annotationTargets(comparison, row, name, view),
    [comparison, row, name, view],
  );
  const [key, setKey] = useState('row');
  const item = itemOfTarget(items, key);
  const [note, setNote] = useState('');
  const [codes, setCodes] = useState<ReadonlySet<string>>(
    () => new Set(itemOfTarget(items, 'row')?.codes.map((c) => c.code.id) ?? []),
  );
  const [newCode, setNewCode] = useState('');
  const [colour, setColour] = useState(
    CODE_COLOURS[codebook.length % CODE_COLOURS.length] ?? '#1d4ed8',
  );
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) {
      element.showModal();
    }
  }, []);

  const choose = (next: string): void => {
    setKey(next);
    setCodes(new Set(itemOfTarget(items, next)?.codes.map((c) => c.code.id) ?? []));
  };
  const target = targets.find((t) => t.key === key) ?? targets[0];

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (target === undefined) {
      dialog.current?.close();
      return;
    }
    const problem = onSave({ target: target.anchor, item, note, codes: [...codes] });
    if (problem === null) {
      dialog.current?.close();
    } else {
      setError(problem);
    }
  };

  const addCode = (): void => {
    const added = onAddCode({ name: newCode, colour });
    if (added.ok) {
      setCodes(new Set([...codes, added.id]));
      setNewCode('');
      setColour(CODE_COLOURS[(codebook.length + 1) % CODE_COLOURS.length] ?? colour);
      setError(null);
    } else {
      setError(added.message);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="annotate-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      // A modal dialog: Tab goes round its fields and buttons, never to the page behind it.
      onKeyDown={(event) => trapTab(event, dialog.current)}
    >
      <form onSubmit={submit}>
        <h2 id={`${id}-title`}>Notes and codes: row {rowNumber(row)}</h2>
        <label className="field">
          <span>About</span>
          <select
            value={key}
            onChange={(e) => choose(e.target.value)}
            aria-describedby={target?.group ? `${id}-group` : undefined}
          >
            {groupedTargets(targets).map(({ group, targets: run }) => {
              const options = run.map((t) => (
                <option key={t.key} value={t.key}>
                  {t.label}
                </option>
              ));
              return group === null ? (
                options
              ) : (
                <optgroup key={run[0]?.key} label={group}>
                  {options}
                </optgroup>
              );
            })}
          </select>
        </label>
        {target?.group && (
          // Closed, the choice shows its phrase alone: which cell, and which number, here.
          <p className="hint" id={`${id}-group`}>
            In {target.group}
          </p>
        )}
        {item && item.notes.length > 0 && (
          <section aria-label="Notes here" className="existing-notes">
            <ul>
              {item.notes.map((n) => (
                <li key={n.id}>
                  <span className="note-text" dir="auto">
                    {n.text}
                  </span>{' '}
                  <button
                    type="button"
                    aria-label={`Remove the note “${noteExcerpt(n.text, 40)}”`}
                    onClick={() => onRemoveNote(n.id)}
                  >
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
        <label className="field">
          <span>New note</span>
          <textarea
            rows={4}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            placeholder="What you notice here, for your analysis"
            dir="auto"
          />
        </label>
        <fieldset className="codes">
          <legend>Codes</legend>
          {codebook.length === 0 && <p className="hint">No codes yet: add one below.</p>}
          {codebook.map((code) => (
            <label key={code.id} className="code-choice">
              <input
                type="checkbox"
                checked={codes.has(code.id)}
                onChange={(e) => {
                  const next = new Set(codes);
                  if (e.target.checked) {
                    next.add(code.id);
                  } else {
                    next.delete(code.id);
                  }
                  setCodes(next);
                }}
              />
              <CodeChip name={code.name} colour={code.colour} />
              {code.description && (
                <span className="hint">{noteExcerpt(code.description, 80)}</span>
              )}
            </label>
          ))}
          <div className="new-code">
            <label className="field">
              <span>New code</span>
              <input
                type="text"
                value={newCode}
                onChange={(e) => setNewCode(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    addCode();
                  }
                }}
                placeholder="e.g. framing, omission"
              />
            </label>
            <label className="field colour">
              <span>Colour</span>
              <input type="color" value={colour} onChange={(e) => setColour(e.target.value)} />
            </label>
            <button type="button" onClick={addCode} disabled={newCode.trim() === ''}>
              Add code
            </button>
          </div>
        </fieldset>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" className="primary">
            Save
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
