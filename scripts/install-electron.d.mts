/** What the installer did. */
export interface InstallOutcome {
  readonly status: 'absent' | 'present' | 'skipped' | 'installed' | 'failed';
  readonly message: string;
}
/** Installs the Electron binary if it is missing; never throws. */
export function installElectron(options?: {
  dir?: string | null;
  env?: Record<string, string | undefined>;
  run?: (script: string) => { status: number | null; stderr: string };
}): InstallOutcome;
