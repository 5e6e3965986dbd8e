import type { LoadError } from '../../shared/load/load-article';
import { outletLabel, type LibraryItem } from '../library';

/** Props of {@link LibraryPanel}. */
export interface LibraryPanelProps {
  /** The articles the search leaves. */
  readonly items: ReadonlyArray<LibraryItem>;
  /** Files that could not be loaded. */
  readonly errors: ReadonlyArray<LoadError>;
  /** Ticked article ids. */
  readonly selected: ReadonlyArray<string>;
  /** Id of the base article, or null. */
  readonly baseId: string | null;
  /** The search. */
  readonly query: string;
  readonly onQuery: (query: string) => void;
  readonly onTick: (id: string, ticked: boolean) => void;
  readonly onBase: (id: string) => void;
  readonly onDismissError: (index: number) => void;
}

/** The library: search, load errors, and the articles to tick. */
export function LibraryPanel({
  items,
  errors,
  selected,
  baseId,
  query,
  onQuery,
  onTick,
  onBase,
  onDismissError,
}: LibraryPanelProps) {
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
      <ul className="items">
        {items.map((item) => (
          <li key={item.id} className="item" data-testid="library-item">
            <label>
              <input
                type="checkbox"
                checked={selected.includes(item.id)}
                onChange={(e) => onTick(item.id, e.target.checked)}
              />
              <span className="item-title">{item.article.title}</span>
            </label>
            <div className="item-meta">
              {outletLabel(item.article)} · {item.article.date ?? 'no date'} · {item.wordCount}{' '}
              words
            </div>
            {selected.includes(item.id) && (
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
        ))}
      </ul>
    </>
  );
}
