/** Props of {@link ProblemBanner}. */
export interface ProblemBannerProps {
  /** What went wrong, naming the file, or null. */
  readonly problem: string | null;
  readonly onDismiss: () => void;
}

/** A problem the user must see (a project refused, unsaved work too large to keep). */
export function ProblemBanner({ problem, onDismiss }: ProblemBannerProps) {
  if (problem === null) {
    return null;
  }
  return (
    <div className="problem" role="alert">
      <p>{problem}</p>
      <button type="button" onClick={onDismiss} aria-label="Dismiss this message">
        ×
      </button>
    </div>
  );
}

/** Props of {@link PickBanner}. */
export interface PickBannerProps {
  /** What waits for its target, in words ("Move paragraph 4 of The Guardian"), or null. */
  readonly what: string | null;
  /** What to pick: "the row to move it to". */
  readonly target: string;
  readonly onCancel: () => void;
}

/** Says that a correction waits for its target, and how to pick it or cancel. */
export function PickBanner({ what, target, onCancel }: PickBannerProps) {
  if (what === null) {
    return null;
  }
  return (
    <div className="pick-banner" role="status">
      <p>
        <strong>{what}:</strong> pick {target}. Click it, or go to it with the arrow keys and press
        Enter.
      </p>
      <button type="button" onClick={onCancel}>
        Cancel (Esc)
      </button>
    </div>
  );
}
