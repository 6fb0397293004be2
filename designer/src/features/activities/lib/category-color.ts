const paletteSize = 8;

/** A stable colour token for a category, so a category keeps its colour across sessions. */
export function categoryColor(category: string): string {
  let hash = 0;
  for (const char of category) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return `var(--category-${(hash % paletteSize) + 1})`;
}
