import type { LibraryItem } from '../library';

/** Props of {@link LeftOutNotice}. */
export interface LeftOutNoticeProps {
  /** Ticked articles left out, with the reason. */
  readonly leftOut: ReadonlyArray<{ readonly item: LibraryItem; readonly reason: string }>;
  /** Brings an article into the comparison. */
  readonly onInclude: (id: string) => void;
}

/** Says which ticked articles the comparison leaves out and why, each one click from back in. */
export function LeftOutNotice({ leftOut, onInclude }: LeftOutNoticeProps) {
  if (leftOut.length === 0) {
    return null;
  }
  return (
    <section className="left-out" aria-label="Left out of the comparison">
      {leftOut.map(({ item, reason }) => (
        <p key={item.id}>
          <strong>Left out:</strong> <span dir="auto">“{item.article.title}”</span>, {reason}.{' '}
          <button type="button" onClick={() => onInclude(item.id)}>
            Include it
          </button>
        </p>
      ))}
    </section>
  );
}
