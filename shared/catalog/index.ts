/**
 * The item catalog (事项目录): its interchange format, parsing with bilingual errors, the demo
 * catalog, and lookups the UI needs.
 */
export * from './schema';
export type { CatalogError } from './issues';
export { formatPath } from './issues';
export type { CatalogParseResult } from './parse';
export { CatalogInvalidError, parseCatalog } from './parse';
export { demoCatalog } from './demo';
export { findItem, requiredMaterials, situationsOf } from './lookup';
