// Fails when the JavaScript the first page load needs (the entry and what it preloads) exceeds the
// budget, compressed. Lazy chunks (editor, Monaco, elkjs) are not part of the first load.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const budgetBytes = 1024 * 1024;
const dist = new URL('../dist/', import.meta.url).pathname;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const scripts = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
let total = 0;
for (const file of scripts) {
  const size = gzipSync(readFileSync(join(dist, file))).length;
  total += size;
  console.log(`${(size / 1024).toFixed(1).padStart(8)} KiB  ${file}`);
}
console.log(`${(total / 1024).toFixed(1).padStart(8)} KiB  first load, gzip (budget ${budgetBytes / 1024} KiB)`);
if (total > budgetBytes) {
  console.error('The first load is over budget.');
  process.exit(1);
}
