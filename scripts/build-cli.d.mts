/** Folder of the built command line. */
export const CLI_OUT: string;
/** The built command (also the package's `bin`). */
export const CLI_ENTRY: string;
/** Whether the bundle is missing or older than one of its sources. */
export function isCliStale(): boolean;
/** Builds the bundle; resolves to the command's path. */
export function buildCli(): Promise<string>;
/** Builds when stale; resolves to whether it built. */
export function buildCliIfStale(): Promise<boolean>;
