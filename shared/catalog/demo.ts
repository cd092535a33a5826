import demoJson from '../demo/catalog.zh-CN.json' with { type: 'json' };
import { CatalogInvalidError, parseCatalog } from './parse';
import type { Catalog } from './schema';

function loadDemo(): Catalog {
  const result = parseCatalog(demoJson);
  if (!result.ok) throw new CatalogInvalidError('shared/demo/catalog.zh-CN.json', result.errors);
  return result.value;
}

/**
 * The demo catalog of 32 real items (shared/demo/catalog.zh-CN.json). Parsed at import: if the
 * shipped file is broken the program must fail loudly at start, not at the first intake.
 */
export const demoCatalog: Catalog = loadDemo();
