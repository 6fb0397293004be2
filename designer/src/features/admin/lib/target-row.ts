/**
 * Props for the row a link named (`/admin?user=<id>`, `?key=<id>`, from an audit entry): marked as the current one and
 * scrolled to once when it appears. The ref is one function for every render, so React calls it only on mount.
 */
export function targetRowProps(isTarget: boolean) {
  return isTarget ? { 'aria-current': 'true' as const, ref: scrollToRow } : {};
}

function scrollToRow(row: HTMLTableRowElement | null) {
  row?.scrollIntoView?.({ block: 'nearest' });
}
