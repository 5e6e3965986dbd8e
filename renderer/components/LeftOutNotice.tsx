import type { Article } from '../../shared/model';
import { articleName } from '../../shared/view-model/article-name';
import { ArticleName } from './ArticleName';
import type { LibraryItem } from '../library';

/** Props of {@link LeftOutNotice}. */
export interface LeftOutNoticeProps {
  /** Ticked articles left out, with the reason. */
  readonly leftOut: ReadonlyArray<{ readonly item: LibraryItem; readonly reason: string }>;
  /** An article as the library shows it: with the user's details (see `shownArticle`). */
  readonly shown: (item: LibraryItem) => Article;
  /** Blind mode: each article's blind name (see `blindItemName`); null when not blind. */
  readonly blindName: ((id: string) => string) | null;
  /** Brings an article into the comparison. */
  readonly onInclude: (id: string) => void;
}

/**
 * Says which ticked articles the comparison leaves out and why, each one click from back in:
 * by the name their column would have (see `articleName`: the outlet, the user's over the one
 * detected, else the start of their title or text), or in blind mode by their blind names.
 */
export function LeftOutNotice({ leftOut, shown, blindName, onInclude }: LeftOutNoticeProps) {
  if (leftOut.length === 0) {
    return null;
  }
  return (
    <section className="left-out" aria-label="Left out of the comparison">
      {leftOut.map(({ item, reason }) => (
        <p key={item.id}>
          <strong>Left out:</strong>{' '}
          {blindName ? blindName(item.id) : <ArticleName label={articleName(shown(item))} />},{' '}
          {reason}.{' '}
          <button type="button" onClick={() => onInclude(item.id)}>
            Include it
          </button>
        </p>
      ))}
    </section>
  );
}
