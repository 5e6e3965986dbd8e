import { offTopicBadge } from '../../shared/view-model/off-topic';
import { articleIndex } from '../../shared/model';
import { articleNumber } from '../../shared/view-model/display';
import type { ViewModel } from '../../shared/view-model/view-model';
import { blindLabel } from '../../shared/view-model/blind';

/** Props of {@link SimilarityMatrix}. */
export interface SimilarityMatrixProps {
  /** The comparison. */
  readonly model: ViewModel;
  /** Hide outlet names. */
  readonly blind: boolean;
  /** Articles flagged as another story and included by the reader, with the reason. */
  readonly flagged: ReadonlyMap<number, string>;
}

/** Document similarity of every pair of articles, with the off-topic flag. */
export function SimilarityMatrix({ model, blind, flagged }: SimilarityMatrixProps) {
  const name = (k: number): string =>
    blind ? blindLabel(k) : `#${articleNumber(articleIndex(k))}`;
  // Wider than the library with many articles (or blind names): the table scrolls sideways
  // in its own box, which the keyboard can focus to scroll it, and the library stays put.
  return (
    <div className="scroll" role="region" aria-label="Document similarity" tabIndex={0}>
      <table className="matrix" aria-label="Document similarity">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Article</span>
            </th>
            {model.articles.map((a) => (
              <th key={a.index} scope="col">
                {name(a.index)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.similarity.map((row, i) => (
            <tr key={i}>
              <th scope="row">
                {name(i)}
                {(model.articles[i]?.offTopic || flagged.has(i)) && (
                  <span className="badge warn" title={flagged.get(i)}>
                    {offTopicBadge(model.articles[i]?.offTopicReason, flagged.get(i))}
                  </span>
                )}
              </th>
              {row.map((v, j) => (
                <td
                  key={j}
                  style={{
                    background: i === j ? undefined : `rgba(37, 99, 235, ${Math.min(0.6, v)})`,
                  }}
                >
                  {i === j ? '—' : `${Math.round(v * 100)}%`}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
