import { Fragment, useState } from 'react';
import type { LoadError, LoadWarning } from '../../shared/load/load-article';
import type { Article } from '../../shared/model';
import { baseName, type UserDetails } from '../../shared/project';
import { leadExcerpt, outletLabel, titlePieces, type LibraryItem } from '../library';
import { DetailsForm, type DetailsChange } from './DetailsForm';

/** Props of {@link LibraryPanel}. */
export interface LibraryPanelProps {
  /** The articles the search leaves. */
  readonly items: ReadonlyArray<LibraryItem>;
  /** What went wrong with the files opened, one message per file. */
  readonly errors: ReadonlyArray<LoadError | LoadWarning>;
  /** Ticked article ids. */
  readonly selected: ReadonlyArray<string>;
  /** Ids of ticked articles left out as another story. */
  readonly leftOut: ReadonlyArray<string>;
  /** Id of the base article, or null. */
  readonly baseId: string | null;
  /** The search. */
  readonly query: string;
  readonly onQuery: (query: string) => void;
  readonly onTick: (id: string, ticked: boolean) => void;
  readonly onBase: (id: string) => void;
  /** Removes an article (`name`: what the library calls it). */
  readonly onRemove: (id: string, name: string) => void;
  readonly onInclude: (id: string) => void;
  /** Ids of ticked articles flagged as another story that the reader included. */
  readonly included: ReadonlyArray<string>;
  /** Leaves one of those out again. */
  readonly onLeaveOut: (id: string) => void;
  /** Dismisses every message about the files opened. */
  readonly onDismissErrors: () => void;
  /** An article as shown: the user's details over the detected ones. */
  readonly shown: (item: LibraryItem) => Article;
  /** The details the user set on an article. */
  readonly userDetails: (id: string) => UserDetails;
  /** Saves an article's details; resolves to a message when a value is refused. */
  readonly onDetails: (id: string, change: DetailsChange) => string | null;
  /**
   * Blind mode: each article's blind name (see `blindItemName`); outlets, file names and
   * titles made from them are then not shown, nor the details (which name them). Null when
   * not blind.
   */
  readonly blindName?: ((id: string) => string) | null;
}

/** Marks a detail the user set ("yours"), for eyes and screen readers. */
function Yours({ set }: { readonly set: boolean }) {
  return set ? (
    <span className="yours" title="Set by you">
      <span aria-hidden="true">✎</span>
      <span className="visually-hidden"> (set by you)</span>
    </span>
  ) : null;
}

/**
 * A title that may wrap where it sensibly can beyond its spaces (see `titlePieces`): a
 * `<wbr>` after the "_" of a file name, rather than a break anywhere in it.
 */
function Wrapping({ text }: { readonly text: string }) {
  return titlePieces(text).map((piece, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {piece}
    </Fragment>
  ));
}

/** The library: search, load errors, and the articles to tick, choose as base or remove. */
export function LibraryPanel({
  items,
  errors,
  selected,
  leftOut,
  baseId,
  query,
  onQuery,
  onTick,
  onBase,
  onRemove,
  onInclude,
  included,
  onLeaveOut,
  onDismissErrors,
  shown,
  userDetails,
  onDetails,
  blindName = null,
}: LibraryPanelProps) {
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <>
      <input
        type="search"
        placeholder="Search title, outlet, text…"
        aria-label="Search the library"
        value={query}
        onChange={(e) => onQuery(e.target.value)}
      />
      {errors.length > 0 && (
        // One box for every file, a few lines high: more messages scroll inside it (it takes
        // the keyboard's focus for that), and the articles stay in view.
        <div className="errors">
          <ul role="alert" aria-label="Problems with the files opened" tabIndex={0}>
            {errors.map((e) => (
              <li key={e.message}>
                {/* The file name comes from the user's disk: isolated like article text. */}
                {e.file !== '' && e.message.startsWith(e.file) ? (
                  <>
                    <bdi>{e.file}</bdi>
                    {e.message.slice(e.file.length)}
                  </>
                ) : (
                  e.message
                )}
              </li>
            ))}
          </ul>
          <button
            type="button"
            aria-label="Dismiss the messages about files"
            title="Dismiss"
            onClick={onDismissErrors}
          >
            ×
          </button>
        </div>
      )}
      {query.trim() !== '' && items.length === 0 && (
        <p className="no-match" role="status">
          No article matches “{query.trim()}”.
        </p>
      )}
      <ul className="items" aria-label="Articles" tabIndex={-1}>
        {items.map((item) => {
          const ticked = selected.includes(item.id);
          const out = leftOut.includes(item.id);
          const article = shown(item);
          const user = userDetails(item.id);
          const lead = leadExcerpt(article);
          const blind = blindName === null ? null : blindName(item.id);
          const title =
            blind !== null && article.titleSource === 'file-name' ? blind : article.title;
          return (
            <li
              key={item.id}
              className={`item${ticked ? ' ticked' : ''}`}
              data-testid="library-item"
            >
              <div className="item-head">
                <label>
                  <input
                    type="checkbox"
                    checked={ticked}
                    onChange={(e) => onTick(item.id, e.target.checked)}
                  />
                  <span className="item-title" dir="auto">
                    <Wrapping text={title} />
                  </span>
                  <Yours set={user.title !== undefined} />
                </label>
                {blind === null && (
                  <button
                    type="button"
                    className="edit-details"
                    data-item={item.id}
                    aria-label={`Details of “${title}”: outlet, title, date, address`}
                    aria-expanded={editing === item.id}
                    title="Outlet, title, date, address"
                    onClick={() => setEditing(editing === item.id ? null : item.id)}
                  >
                    ✎
                  </button>
                )}
                <button
                  type="button"
                  className="remove"
                  data-item={item.id}
                  aria-label={`Remove “${title}” from the library`}
                  title="Remove from the library"
                  onClick={() => {
                    onRemove(item.id, title);
                    // The button goes with its article: the focus goes to the next
                    // article's × (the previous one's at the end), else to the list.
                    const k = items.indexOf(item);
                    const next = items[k + 1] ?? items[k - 1];
                    requestAnimationFrame(() =>
                      (next === undefined
                        ? document.querySelector<HTMLElement>('.library .items')
                        : document.querySelector<HTMLElement>(
                            `.remove[data-item="${CSS.escape(next.id)}"]`,
                          )
                      )?.focus(),
                    );
                  }}
                >
                  ×
                </button>
              </div>
              {lead && (
                <div className="item-lead" dir="auto">
                  {lead}
                </div>
              )}
              <div className="item-meta">
                <span className="item-outlet">
                  <bdi>{blind ?? outletLabel(article)}</bdi>
                  {blind === null && <Yours set={user.outlet !== undefined} />}
                </span>{' '}
                · <bdi>{article.date ?? 'no date'}</bdi>
                <Yours set={user.date !== undefined} /> · {item.wordCount} words
                {blind === null && article.titleSource !== 'file-name' && (
                  <span className="item-file">
                    {' '}
                    · <bdi>{baseName(article.file)}</bdi>
                  </span>
                )}
              </div>
              {editing === item.id && blind === null && (
                <DetailsForm
                  label={article.title}
                  detected={{
                    outlet: item.article.outlet,
                    title: item.article.title,
                    date: item.article.date,
                    url: item.url,
                  }}
                  user={user}
                  onSave={(change) => onDetails(item.id, change)}
                  onClose={() => {
                    setEditing(null);
                    // The form goes: the focus goes back to the button that opened it.
                    requestAnimationFrame(() =>
                      document
                        .querySelector<HTMLButtonElement>(
                          `.edit-details[data-item="${CSS.escape(item.id)}"]`,
                        )
                        ?.focus(),
                    );
                  }}
                />
              )}
              {ticked && out && (
                <div className="item-out">
                  Left out: another story or event?{' '}
                  <button type="button" onClick={() => onInclude(item.id)}>
                    Include
                  </button>
                </div>
              )}
              {ticked && included.includes(item.id) && (
                <div className="item-out">
                  Included, though another story or event?{' '}
                  <button
                    type="button"
                    aria-label={`Leave “${title}” out again`}
                    onClick={() => onLeaveOut(item.id)}
                  >
                    Leave out
                  </button>
                </div>
              )}
              {ticked && !out && (
                <label className="base-choice">
                  <input
                    type="radio"
                    name="base"
                    // Named by its article: a screen reader hears which one, not "base" eight times.
                    aria-label={`Base article: “${title}”`}
                    checked={baseId === item.id}
                    onChange={() => onBase(item.id)}
                  />{' '}
                  base
                </label>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
