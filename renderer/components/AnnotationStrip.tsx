import type { AnnotatedItem } from '../../shared/project';
import { sortedSides } from '../../shared/project';
import { differenceName } from '../../shared/view-model/display';

/** The first characters of a note, for a strip or a list. */
export function noteExcerpt(text: string, max = 140): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * The difference an item is about, by its number and its words: "difference 14, “forced to
 * admit” (#1) / “issued an apology” (#2)" (the number is the one the differences list and
 * the report show; the words are what the note follows when the rows change); one that no
 * part of its row shows now says so. Null for a row.
 */
export function differenceLabel(
  item: Pick<AnnotatedItem, 'target' | 'difference'>,
  name: (article: number) => string,
): string | null {
  if (item.target.kind !== 'difference') {
    return null;
  }
  const sides = sortedSides(item.target.sides)
    .map((s) =>
      s.text === ''
        ? `nothing in ${name(s.article)}`
        : `“${noteExcerpt(s.text, 60)}” (${name(s.article)})`,
    )
    .join(' / ');
  return `${differenceName(item.difference)}, ${sides}`;
}

/** A code as a chip: its colour as a bar, its name as text (colour never alone). */
export function CodeChip({ name, colour }: { readonly name: string; readonly colour: string }) {
  return (
    <span className="code-chip" style={{ borderLeftColor: colour }}>
      {name}
    </span>
  );
}

/** Props of {@link AnnotationStrip}. */
export interface AnnotationStripProps {
  /** The row's notes and codes, by item. */
  readonly items: ReadonlyArray<AnnotatedItem>;
  readonly name: (article: number) => string;
  /** Columns of the row (the strip spans them all). */
  readonly columns: number;
  /** Opens the row's notes and codes. */
  readonly onOpen: () => void;
}

/** A row's notes and codes, under its cells; a click opens them. */
export function AnnotationStrip({ items, name, columns, onOpen }: AnnotationStripProps) {
  return (
    <div className="strip" role="cell" aria-colspan={columns}>
      <button type="button" className="strip-button" onClick={onOpen}>
        <span className="visually-hidden">Notes and codes of this row: </span>
        {items.map((item) => {
          const about = differenceLabel(item, name);
          return (
            <span key={item.key} className="strip-item">
              {about && <span className="strip-about">{about}:</span>}
              {item.codes.map(({ coding, code }) => (
                <CodeChip key={coding.id} name={code.name} colour={code.colour} />
              ))}
              {item.notes.map((note) => (
                <span key={note.id} className="strip-note" dir="auto">
                  <span aria-hidden="true">✎ </span>
                  {noteExcerpt(note.text)}
                </span>
              ))}
            </span>
          );
        })}
      </button>
    </div>
  );
}
