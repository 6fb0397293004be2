/** A short id unique among `taken`, shaped like `prefix-2`. */
export function createUniqueId(prefix: string, taken: ReadonlySet<string>): string {
  const base = prefix.replace(/[^A-Za-z0-9_]/g, '').replace(/^[^A-Za-z]+/, '') || 'node';
  const stem = base.charAt(0).toLowerCase() + base.slice(1);
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) {
    const candidate = `${stem}${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** A definition id from a name: lower-case letters, digits, `-`, `_`, `.`, at most 100 characters. */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9_.]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
}
