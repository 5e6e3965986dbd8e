import type { LoadError } from '../../shared/load/load-article';
import { fileName, leadExcerpt, outletLabel, type LibraryItem } from '../library';

/** Props of {@link LibraryPanel}. */
export interface LibraryPanelProps {
  /** The articles the search leaves. */
  readonly items: ReadonlyArray<LibraryItem>;
  /** Files that could not be loaded. */
  readonly errors: ReadonlyArray<LoadError>;
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
  readonly onRemove: (id: string) => void;
  readonly onInclude: (id: string) => void;
  readonly onDismissError: (index: number) => void;
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
  onDismissError,
}: LibraryPanelProps) {
  return (
    <>
      <input
        type="search"
        placeholder="Search title, outlet, file, text…"
        aria-label="Search the library"
        value={query}
        onChange={(e) => onQuery(e.target.value)}
      />
      {errors.length > 0 && (
        <ul className="errors" role="alert">
          {errors.map((e, i) => (
            <li key={i}>
              {e.message}{' '}
              <button
                type="button"
                aria-label={`Dismiss error about ${e.file}`}
                onClick={() => onDismissError(i)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {query.trim() !== '' && items.length === 0 && (
        <p className="no-match" role="status">
          No article matches “{query.trim()}”.
        </p>
      )}
      <ul className="items" aria-label="Articles">
        {items.map((item) => {
          const ticked = selected.includes(item.id);
          const out = leftOut.includes(item.id);
          const lead = leadExcerpt(item.article);
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
                    {item.article.title}
                  </span>
                </label>
                <button
                  type="button"
                  className="remove"
                  aria-label={`Remove “${item.article.title}” from the library`}
                  title="Remove from the library"
                  onClick={() => onRemove(item.id)}
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
                {outletLabel(item.article)} · {item.article.date ?? 'no date'} · {item.wordCount}{' '}
                words
                {item.article.titleSource !== 'file-name' && (
                  <span className="item-file"> · {fileName(item.article.file)}</span>
                )}
              </div>
              {ticked && out && (
                <div className="item-out">
                  Left out: another story?{' '}
                  <button type="button" onClick={() => onInclude(item.id)}>
                    Include
                  </button>
                </div>
              )}
              {ticked && !out && (
                <label className="base-choice">
                  <input
                    type="radio"
                    name="base"
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
