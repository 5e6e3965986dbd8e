import { keyEntries } from '../../shared/commands';

/** The comparison's own keys, which move and act on a selected paragraph. */
const COMPARISON_KEYS: ReadonlyArray<readonly [string, string]> = [
  ['Arrow keys, Home, End', 'move between the paragraphs of the comparison'],
  ['Enter', 'the selected paragraph’s actions, or the target of a move, link or join'],
  ['Menu key, Shift+F10', 'the selected paragraph’s actions'],
];

/** Props of {@link KeysHelp}. */
export interface KeysHelpProps {
  /** Mac keys (⌘) in place of Ctrl. */
  readonly mac: boolean;
}

/**
 * Every key the app answers, from the commands' registry: the desktop app lists them in its
 * Help menu, and web mode, which has no menu, here (folded until opened).
 */
export function KeysHelp({ mac }: KeysHelpProps) {
  const list = (entries: ReadonlyArray<readonly [string, string]>) => (
    <dl>
      {entries.map(([keys, what]) => (
        <div key={keys}>
          <dt>
            <kbd>{keys}</kbd>
          </dt>
          <dd>{what}</dd>
        </div>
      ))}
    </dl>
  );
  return (
    <details className="keys-help">
      <summary>Keyboard shortcuts</summary>
      {list([...keyEntries('main', mac), ...COMPARISON_KEYS])}
      <p>In the presentation:</p>
      {list(keyEntries('presentation', mac))}
    </details>
  );
}
