import { Button } from './button';

interface PagerProps {
  page: number;
  pages: number;
  total: number;
  /** What is counted, in the plural: "workflows", "dead letters". */
  noun: string;
  onPage: (page: number) => void;
  label?: string;
}

/** Previous / next paging under a list, with where the user is and how many there are. */
export function Pager({ page, pages, total, noun, onPage, label = 'Pages' }: PagerProps) {
  return (
    <nav className="pager" aria-label={label}>
      <Button size="sm" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        Previous
      </Button>
      <span>
        Page {page} of {pages} · {total} {noun}
      </span>
      <Button size="sm" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        Next
      </Button>
    </nav>
  );
}
