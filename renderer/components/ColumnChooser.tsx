import type { ViewModel } from '../../shared/view-model/view-model';
import { ArticleName } from './ArticleName';

/** Props of {@link ColumnChooser}. */
export interface ColumnChooserProps {
  readonly model: ViewModel;
  /** Article indices shown. */
  readonly shown: ReadonlyArray<number>;
  /** The name of an article. */
  readonly name: (article: number) => string;
  /** Shows or hides an article's column. */
  readonly onShow: (article: number, shown: boolean) => void;
}

/** Which outlets are columns: the reader ticks them; the base is always shown. */
export function ColumnChooser({ model, shown, name, onShow }: ColumnChooserProps) {
  return (
    <div className="columns-chooser" role="group" aria-labelledby="columns-label">
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
        </label>
      ))}
    </div>
  );
}
