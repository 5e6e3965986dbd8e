/**
 * One story of a batch (`--batch DIR`): the articles of one sub-folder compared as the
 * command compares files, turned into one JSON line; a story that cannot be compared is a
 * line with its error. Runs inside a batch worker.
 */
import { writeFile } from 'node:fs/promises';
import { analyzeComparison } from '../shared/analysis/analyze';
import type { UserLexicon } from '../shared/analysis/lexicon-file';
import { compareArticles } from '../shared/compare';
import { ARTICLE_EXTENSIONS, loadError, tooFewArticles } from '../shared/load/load-article';
import type { DiffOptions } from '../shared/model';
import { renderReport } from '../shared/report/render-report';
import { buildViewModel, numberDifferences } from '../shared/view-model/view-model';
import { listFolderFiles, nameEncodingHint, readArticleFiles } from '../node/read-articles';
import { toJsonDocument, type JsonDocument, type JsonSkipped } from './json';
import { escapeJsonForTerminal } from './terminal';
import { writeErrorReason } from './write-error';

/** What every story of a batch is compared with. */
export interface StoryOptions {
  readonly diff: DiffOptions;
  readonly lexicon?: UserLexicon;
  /** For the reports' "Exported" line and footer. */
  readonly exportedAt: Date;
  readonly appVersion: string;
}

/** One story to compare: its name (the sub-folder's), its folder, and its report's path. */
export interface StoryJob {
  readonly name: string;
  readonly dir: string;
  /** Where to write its HTML report, or null. */
  readonly html: string | null;
}

/**
 * A story's line: its folder's name and the command's JSON document, or the error that
 * stopped it.
 */
export type StoryLine =
  | ({ readonly folder: string; readonly ok: true; readonly report?: string } & JsonDocument)
  | {
      readonly folder: string;
      readonly ok: false;
      readonly error: string;
      readonly skipped: ReadonlyArray<JsonSkipped>;
    };

/** A failure of the story's input, said in the line (not an internal error). */
class StoryError extends Error {
  constructor(
    message: string,
    readonly skipped: ReadonlyArray<JsonSkipped> = [],
  ) {
    super(message);
  }
}

async function compareStoryLine(job: StoryJob, options: StoryOptions): Promise<StoryLine> {
  const {
    articles: files,
    others,
    folders,
  } = await listFolderFiles(job.dir).catch((error: unknown) => {
    throw new StoryError(
      `${job.dir}: cannot read the story's folder (${(error as NodeJS.ErrnoException).code ?? String(error)})${nameEncodingHint(job.dir)}.`,
    );
  });
  const input = await readArticleFiles(files);
  // Files that are not articles are said too: a story of .doc files must not look empty;
  // so are folders inside the story, whose articles are not read.
  const notRead = [
    ...others.map((file) =>
      loadError(
        'NOT_AN_ARTICLE',
        file,
        `not read: a story's articles are its ${ARTICLE_EXTENSIONS.map((e) => `.${e}`).join(', ')} files`,
      ),
    ),
    ...folders.map((folder) =>
      loadError(
        'NOT_AN_ARTICLE',
        folder,
        `not read: a folder inside the story; a story's articles are the files in its own folder`,
      ),
    ),
  ];
  const errors = [...input.errors, ...notRead];
  const skipped = errors.map((e) => ({ file: e.file, code: e.code, message: e.message }));
  const tooFew = tooFewArticles(input);
  if (tooFew !== null) {
    throw new StoryError(tooFew.message, skipped);
  }
  const comparison = compareArticles(input.articles, { diff: options.diff });
  // The analyses once, for the JSON document and the report.
  const analysis = analyzeComparison(comparison, options.lexicon?.additions);
  // The view model once too, for the report and the JSON's numbered differences; with no
  // report, only those.
  const view = job.html === null ? null : buildViewModel(comparison);
  const doc = toJsonDocument(comparison, view ?? numberDifferences(comparison), analysis, {
    skipped: errors,
    lexicon: options.lexicon,
    warnings: input.warnings,
  });
  if (job.html !== null && view !== null) {
    const html = renderReport(view, analysis, {
      exportedAt: options.exportedAt,
      appVersion: options.appVersion,
      lexicon: options.lexicon,
      loadNotes: {
        skipped: errors.map((e) => e.message),
        warnings: input.warnings.map((w) => w.message),
      },
      urls: comparison.articles.map((a) => a.url ?? null),
    });
    try {
      await writeFile(job.html, html, 'utf8');
    } catch (error) {
      throw new StoryError(
        `${job.html}: cannot write the report: ${writeErrorReason(error)}.`,
        skipped,
      );
    }
    return { folder: job.name, ok: true, report: job.html, ...doc };
  }
  return { folder: job.name, ok: true, ...doc };
}

/**
 * Compares one story and returns its JSON line (no newline) and whether it was compared.
 * Never throws: whatever stops the story (too few readable articles, an unreadable folder,
 * an internal error) is the line's `error`.
 */
export async function compareStory(
  job: StoryJob,
  options: StoryOptions,
): Promise<{ readonly line: string; readonly ok: boolean }> {
  try {
    return { line: lineText(await compareStoryLine(job, options)), ok: true };
  } catch (error) {
    return {
      line:
        error instanceof StoryError
          ? failureLine(job.name, error.message, error.skipped)
          : failureLine(
              job.name,
              `internal error: ${error instanceof Error ? error.message : String(error)}`,
            ),
      ok: false,
    };
  }
}

/** The line of a story that could not be compared: its error and the files skipped. */
export function failureLine(
  folder: string,
  error: string,
  skipped: ReadonlyArray<JsonSkipped> = [],
): string {
  return lineText({ folder, ok: false, error, skipped });
}

/** A story's line as written: JSON on one line, what a terminal would act on escaped. */
function lineText(line: StoryLine): string {
  return escapeJsonForTerminal(JSON.stringify(line));
}
