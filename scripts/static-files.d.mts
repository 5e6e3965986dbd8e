/** The content type of a served file, by its extension (any case); octet-stream otherwise. */
export function contentType(file: string): string;
/** The page's Content-Security-Policy (its `<meta>`) as a header, with no framing by anyone. */
export function cspHeader(indexHtml: string): string;
/** A URL path percent-decoded, or null when it is not valid percent-encoding or holds NUL. */
export function decodePath(path: string): string | null;
/** The file under `root` that a decoded URL path names (`/` is `index.html`), or null outside. */
export function fileUnder(root: string, path: string): string | null;
