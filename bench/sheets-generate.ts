// Writes the messy sales sheet as CSV, in its own process, so the bench's peak memory is the
// profile and plan's, not the generator's. Usage: tsx bench/sheets-generate.ts OUT.csv ROWS
import { writeFileSync } from 'node:fs';
import { generateMessySales } from '../tests/fixtures/sheets/messy-sales';
import { toCsv } from '../src/sheets/read-csv';

const [out, rows] = process.argv.slice(2);
writeFileSync(out, toCsv(generateMessySales(Number(rows), 7)));
