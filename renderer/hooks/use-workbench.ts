/**
 * The workbench's edits in the app: each runs a pure edit of the shared project module on
 * the project of the comparison on screen, takes the result back into the workbench (one
 * undoable step), and says what went wrong when an edit is refused.
 */
import { useCallback, useMemo, type Dispatch } from 'react';
import { paraIndex, type Comparison } from '../../shared/model';
import { paragraphNumber, rowNumber } from '../../shared/view-model/display';
import {
  addCode,
  addNote,
  applyCode,
  clearCorrections,
  DETAIL_FIELDS,
  editCode,
  editNote,
  joinRows,
  linkParagraphs,
  moveCode,
  moveParagraphToRow,
  patchUserDetails,
  removeCode,
  removeCodeApplication,
  removeNote,
  rowParagraphs,
  setStory,
  splitOut,
  type CodeFields,
  type LinksLetGo,
  type ParagraphRef,
  type Project,
  type ProjectResult,
  type UserDetails,
} from '../../shared/project';
import { focusTarget, type CellTarget, type ParagraphRows } from '../cell-navigation';
import type { AnnotationChange } from '../components/AnnotateDialog';
import type { DetailsChange } from '../components/DetailsForm';
import type { AppAction, AppState, Notice } from '../state/app-state';
import { fromProject } from '../workbench';
import { besideWords, linkNotice, sentence, type NamedPairs } from '../naming';

/** Said when an edit needs the comparison of the latest changes, still being computed. */
export const STILL_UPDATING = 'The comparison is still being updated; try again when it is shown.';

/** An edit made, with what it tells besides the project (e.g. a link's links let go). */
type Made = Extract<ProjectResult, { ok: true }>;
/** An edit refused, and why. */
type Refused = Extract<ProjectResult, { ok: false }>;

/** The workbench's edits. */
export interface WorkbenchEdits {
  /** Sets an article's details (from the library); a message when a value is refused. */
  readonly setDetails: (id: string, change: DetailsChange) => string | null;
  readonly setStory: (story: string) => string | null;
  /** Saves the notes and codes dialog; a message when refused. */
  readonly annotate: (change: AnnotationChange) => string | null;
  readonly editNote: (id: string, text: string) => string | null;
  readonly removeNote: (id: string) => void;
  readonly removeCoding: (id: string) => void;
  readonly addCode: (
    code: CodeFields,
  ) =>
    { readonly ok: true; readonly id: string } | { readonly ok: false; readonly message: string };
  readonly editCode: (id: string, code: CodeFields) => string | null;
  readonly moveCode: (id: string, to: number) => void;
  readonly removeCode: (id: string) => void;
  /** Starts a correction that needs a target, from the selection. */
  readonly startPick: (kind: 'move' | 'link' | 'join') => void;
  /** Completes the correction waiting for its target. */
  readonly completePick: (target: CellTarget) => void;
  readonly splitParagraph: () => void;
  readonly clearCorrections: () => void;
}

/** What the edits work on. */
export interface WorkbenchContext {
  readonly state: AppState;
  /** The project of the comparison asked for, or null. */
  readonly project: Project | null;
  /** Library ids of the project's articles, in its order. */
  readonly ids: ReadonlyArray<string>;
  /** The comparison on screen when it is of exactly that project (else null). */
  readonly comparison: Comparison | null;
  /** The row of each paragraph of that comparison (see `paragraphRows`), or null. */
  readonly rowOf: ParagraphRows | null;
  /** The selection in that comparison. */
  readonly selection: CellTarget | null;
  /** Names an article of the comparison. */
  readonly name: (article: number) => string;
  /** Told when a correction of the alignment was taken (the comparison is computed again). */
  readonly corrected: () => void;
}

/** The time of an edit, as the project keeps it. */
function now(): string {
  return new Date().toISOString();
}

/** Chains edits: each takes the last project; the first refusal stops the chain. */
function chain(
  project: Project,
  edits: ReadonlyArray<(p: Project) => ProjectResult>,
): ProjectResult {
  let current: ProjectResult = { ok: true, project };
  for (const edit of edits) {
    if (!current.ok) {
      return current;
    }
    current = edit(current.project);
  }
  return current;
}

/** The workbench's edits, bound to the app's state. */
export function useWorkbench(
  context: WorkbenchContext,
  dispatch: Dispatch<AppAction>,
): WorkbenchEdits {
  const { state, project, ids, comparison, rowOf, selection, name, corrected } = context;
  const { workbench, pick } = state;

  /**
   * Runs an edit of the project; a message (also shown) when refused. A correction of the
   * alignment taken is told (`corrected`). The notice is worded from the edit made.
   */
  const edit = useCallback(
    <R extends Made>(
      make: (p: Project, c: Comparison | null) => R | Refused,
      notice?: (made: R) => Notice,
      needsComparison = false,
      correction = false,
    ): string | null => {
      if (project === null || (needsComparison && comparison === null)) {
        dispatch({ type: 'notice', text: STILL_UPDATING });
        return STILL_UPDATING;
      }
      const result = make(project, comparison);
      if (!result.ok) {
        dispatch({ type: 'notice', text: result.message });
        return result.message;
      }
      if (result.project !== project) {
        dispatch({
          type: 'workbench-edited',
          workbench: fromProject(result.project, ids, workbench),
          notice: notice?.(result),
        });
        if (correction) {
          corrected();
        }
      }
      return null;
    },
    [project, comparison, ids, workbench, dispatch, corrected],
  );

  /** A correction of the alignment, with the comparison it is made in. */
  const correct = useCallback(
    <R extends Made>(
      make: (p: Project, c: Comparison) => R | Refused,
      notice: (made: R) => Notice,
    ): string | null =>
      edit<R>(
        (p, c) => (c === null ? { ok: false, message: STILL_UPDATING } : make(p, c)),
        notice,
        true,
        true,
      ),
    [edit],
  );

  const paragraphWords = useCallback(
    (t: Pick<CellTarget, 'article' | 'paragraph'>): string =>
      `paragraph ${paragraphNumber(t.paragraph ?? paraIndex(0))} of ${name(t.article)}`,
    [name],
  );

  return useMemo<WorkbenchEdits>(
    () => ({
      setDetails: (id, change) => {
        const patched = patchUserDetails(workbench.details[id] ?? {}, change.set);
        if (!patched.ok) {
          return patched.message;
        }
        const user: { -readonly [K in keyof UserDetails]: UserDetails[K] } = {};
        for (const field of DETAIL_FIELDS) {
          const value = patched.user[field];
          if (value !== undefined && !change.reset.includes(field)) {
            user[field] = value as never;
          }
        }
        const details = { ...workbench.details };
        if (Object.keys(user).length === 0) {
          delete details[id];
        } else {
          details[id] = user;
        }
        const same =
          JSON.stringify(details[id] ?? {}) === JSON.stringify(workbench.details[id] ?? {});
        if (!same) {
          dispatch({
            type: 'workbench-edited',
            workbench: { ...workbench, details },
            notice: 'Details saved.',
          });
        }
        return null;
      },
      setStory: (story) =>
        story.trim() === workbench.story
          ? null
          : edit(
              (p) => setStory(p, story),
              () => (story.trim() === '' ? 'Story unnamed.' : 'Story named.'),
            ),
      annotate: (change) =>
        edit(
          (p) => {
            const at = now();
            const applied = new Map(change.item?.codes.map((c) => [c.code.id, c.coding.id]) ?? []);
            const steps: Array<(q: Project) => ProjectResult> = [];
            if (change.note.trim() !== '') {
              steps.push((q) => addNote(q, change.target, change.note, at));
            }
            for (const code of p.codebook) {
              const want = change.codes.includes(code.id);
              const has = applied.get(code.id);
              if (want && has === undefined) {
                steps.push((q) => applyCode(q, code.id, change.target, at));
              } else if (!want && has !== undefined) {
                steps.push((q) => removeCodeApplication(q, has));
              }
            }
            return chain(p, steps);
          },
          () => 'Notes and codes saved.',
        ),
      editNote: (id, text) =>
        edit(
          (p) => editNote(p, id, text, now()),
          () => 'Note changed.',
        ),
      removeNote: (id) =>
        void edit(
          (p) => removeNote(p, id),
          () => 'Note removed.',
        ),
      removeCoding: (id) =>
        void edit(
          (p) => removeCodeApplication(p, id),
          () => 'Code removed.',
        ),
      addCode: (code) => {
        let id = '';
        const problem = edit(
          (p) => {
            const added = addCode(p, code);
            id = added.ok ? added.id : '';
            return added;
          },
          () => `Code “${code.name.trim()}” added.`,
        );
        return problem === null ? { ok: true, id } : { ok: false, message: problem };
      },
      editCode: (id, code) =>
        edit(
          (p) => editCode(p, id, code),
          () => 'Code changed.',
        ),
      moveCode: (id, to) => void edit((p) => moveCode(p, id, to)),
      removeCode: (id) =>
        void edit(
          (p) => removeCode(p, id),
          () => 'Code removed from the codebook.',
        ),
      startPick: (kind) => {
        if (selection === null || state.focus === null) {
          dispatch({ type: 'notice', text: 'Select a paragraph first (click it).' });
          return;
        }
        if (kind !== 'join' && selection.paragraph === null) {
          dispatch({ type: 'notice', text: 'Select a paragraph, not an empty cell.' });
          return;
        }
        dispatch({ type: 'pick-started', pick: { kind, from: state.focus } });
      },
      completePick: (target) => {
        const from = pick === null || rowOf === null ? null : focusTarget(pick.from, ids, rowOf);
        if (pick === null || from === null) {
          dispatch({ type: 'pick-ended' });
          return;
        }
        let problem: string | null;
        if (pick.kind === 'move') {
          const moved = paragraphWords(from);
          // The row it lands in is numbered once the comparison shows it: the engine aligns
          // every article again, and rows may shift (see `Notice`). The paragraphs of its
          // article it sits beside there are named after the row.
          problem = correct(
            (p, c) =>
              moveParagraphToRow(
                p,
                c,
                { article: from.article, paragraph: from.paragraph ?? -1 },
                target.row,
              ),
            ({ beside }) => ({
              before: `Moved ${moved} to row`,
              after: beside.length === 0 ? undefined : `, ${besideWords(beside)}`,
              item: pick.from.item,
              paragraph: from.paragraph ?? paraIndex(0),
              otherwise: sentence(`Moved ${moved}`),
            }),
          );
        } else if (pick.kind === 'join') {
          // The rows as they were picked, and the row they make, followed by a paragraph of it.
          const joined = `Joined rows ${rowNumber(from.row)} and ${rowNumber(target.row)}`;
          const held =
            from.paragraph === null
              ? comparison && rowParagraphs(comparison, from.row)[0]
              : { article: from.article, paragraph: from.paragraph };
          problem = correct(
            (p, c) => joinRows(p, c, from.row, target.row),
            () =>
              held == null
                ? `${joined}.`
                : {
                    before: `${joined} into row`,
                    item: ids[held.article] ?? '',
                    paragraph: paraIndex(held.paragraph),
                    otherwise: `${joined}.`,
                  },
          );
        } else if (target.paragraph === null) {
          dispatch({ type: 'notice', text: 'Pick a paragraph to link with, not an empty cell.' });
          return;
        } else {
          const paragraph = target.paragraph;
          const words = (p: ParagraphRef): string =>
            paragraphWords({ article: p.article, paragraph: paraIndex(p.paragraph) });
          const named = (l: LinksLetGo): NamedPairs => ({
            paragraph: words(l.paragraph),
            mates: l.mates.map(words),
          });
          // The user's links the link let go of, and pairs kept apart, named in its message.
          problem = correct(
            (p, c) =>
              linkParagraphs(
                p,
                c,
                { article: from.article, paragraph: from.paragraph ?? -1 },
                { article: target.article, paragraph },
              ),
            (linked) =>
              linkNotice(
                paragraphWords(from),
                paragraphWords(target),
                linked.letGo.map(named),
                linked.apart.map(named),
              ),
          );
        }
        if (problem === null) {
          dispatch({ type: 'pick-ended' });
          // The paragraph moved or linked stays selected (its row follows it).
          dispatch({ type: 'focus-set', focus: pick.from });
        }
      },
      splitParagraph: () => {
        if (selection?.paragraph == null) {
          return;
        }
        const paragraph = selection.paragraph;
        correct(
          (p, c) => splitOut(p, c, { article: selection.article, paragraph }),
          () => `Split ${paragraphWords(selection)} out into a row of its own.`,
        );
      },
      clearCorrections: () => {
        if (selection?.paragraph == null) {
          return;
        }
        const paragraph = selection.paragraph;
        edit(
          (p) => clearCorrections(p, { article: selection.article, paragraph }),
          () => `The engine places ${paragraphWords(selection)} again.`,
          false,
          true,
        );
      },
    }),
    [
      workbench,
      edit,
      correct,
      dispatch,
      selection,
      state.focus,
      pick,
      ids,
      rowOf,
      comparison,
      paragraphWords,
    ],
  );
}
