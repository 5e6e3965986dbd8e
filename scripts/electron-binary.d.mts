/** The installed `electron` package's folder, or null when it is not installed. */
export function electronPackageDir(from?: string): string | null;
/** The Electron executable when it is installed, else null (never downloads). */
export function electronBinary(dir?: string | null): string | null;
