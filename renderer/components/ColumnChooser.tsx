import type { ViewModel } from '../../shared/view-model/view-model';
import { ArticleName } from './ArticleName';

/** Props of {@link ColumnChooser}. */
export interface ColumnChooserProps {
  readonly model: ViewModel;
  /** Article indices shown. */
  readonly shown: ReadonlyArray<number>;
  /**
   * Article indices presented and exported: every outlet but those the reader hid (an
   * outlet may be kept without a column, for lack of room).
   */
  readonly kept: ReadonlyArray<number>;
  /** The name of an article. */
  readonly name: (article: number) => string;
  /** Shows or hides an article's column. */
  readonly onShow: (article: number, shown: boolean) => void;
}

/**
 * Which outlets are columns: the reader ticks them; the base is always shown. An outlet the
 * reader unticked says "hidden" (left out of the presentation and the report); one unticked
 * for lack of room is still presented and exported, and a line says so.
 */
export function ColumnChooser({ model, shown, kept, name, onShow }: ColumnChooserProps) {
  const noRoom = model.articles.some((a) => !shown.includes(a.index) && kept.includes(a.index));
  return (
    <div
      className="columns-chooser"
      role="group"
      aria-labelledby="columns-label"
      aria-describedby={noRoom ? 'columns-no-room' : undefined}
    >
      <span id="columns-label" className="group-label">
        Columns:
      </span>
      {model.articles.map((a) => (
        <label key={a.index} className={a.isBase ? 'base' : undefined} title={name(a.index)}>
          <input
            type="checkbox"
            checked={shown.includes(a.index)}
            disabled={a.isBase}
            onChange={(e) => onShow(a.index, e.target.checked)}
          />{' '}
          <span>
            <ArticleName label={name(a.index)} />
          </span>
          {a.isBase && ' (base)'}
          {!kept.includes(a.index) && ' (hidden)'}
        </label>
      ))}
      {noRoom && (
        <span id="columns-no-room" className="hint">
          Unticked for lack of room: still presented and exported.
        </span>
      )}
    </div>
  );
}
