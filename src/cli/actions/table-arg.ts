import { MAX_TABLE_BYTES, readTable, type LoadedTable } from '../../sheets/read-table';
import { assertNotBlank, printWarnings, readInputBytes } from '../io';

/**
 * The table in a CSV or .xlsx the user named (or stdin for `-`), for profile, clean and analyze:
 * missing, empty and over-size files are refused with the same sentences as the document commands,
 * under the pane's table limit (100 MB) rather than the 10 MB of documents.
 */
export async function readTableArg(path: string, sheet?: string): Promise<LoadedTable> {
  const bytes = await readInputBytes(path, MAX_TABLE_BYTES);
  assertNotBlank(path, bytes);
  const loaded = await readTable(path === '-' ? 'stdin.csv' : path, bytes, sheet);
  printWarnings(loaded.warnings ?? []);
  return loaded;
}
