/**
 * The researcher's workbench core: the project format (read, write, check), details the
 * user sets, corrections of the alignment, notes and codes, and the codings CSV. Pure:
 * the UI, the CLI and the report call these and do the IO.
 */
export * from './types';
export { parseProject, validateProject } from './parse';
export { serializeProject, projectJson } from './serialize';
export {
  anchorKey,
  anchorResolver,
  differenceAnchor,
  rowAnchor,
  rowParagraphs,
  type ResolvedAnchor,
} from './anchors';
export {
  articleLabels,
  baseName,
  createProject,
  detailsOf,
  projectArticles,
  projectCompareOptions,
  projectLexicon,
  storyName,
  withUserDetails,
  type ArticleDetail,
  type ArticleDetails,
  type NewProject,
} from './details';
export {
  addCode,
  addNote,
  applyCode,
  editCode,
  editNote,
  moveCode,
  patchUserDetails,
  removeCode,
  removeCodeApplication,
  removeNote,
  resetDetails,
  setBase,
  setDetails,
  setDiffOptions,
  setIncluded,
  setLexicon,
  setStory,
  type AddResult,
  type CodeFields,
} from './edits';
export {
  clearCorrections,
  joinRows,
  linkParagraphs,
  moveParagraphToRow,
  splitOut,
  type LinkResult,
  type MoveResult,
  type LinksLetGo,
} from './alignment-edits';
export {
  applyDetailsFile,
  MAX_DETAILS_FILE_CHARS,
  parseDetailsFile,
  type DetailsEntry,
  type DetailsFileResult,
} from './details-file';
export { codingsCsv, type CodingsCsvOptions } from './codings-csv';
export {
  annotatedItems,
  reportAnnotations,
  sortedSides,
  subsetAnnotations,
  type AnnotatedItem,
  type AppliedCode,
} from './annotations';
