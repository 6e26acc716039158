// Previous / next for a paginated list.
export function Pager({ page, onOffset, label }: { page: { limit: number; offset: number; next: number | null }; onOffset: (offset: number) => void; label: string }) {
  if (page.offset === 0 && page.next === null) return null;
  return (
    <nav className="pager" aria-label={`${label} pages`}>
      <button type="button" disabled={page.offset === 0} onClick={() => onOffset(Math.max(0, page.offset - page.limit))}>Previous</button>
      <span>{page.offset + 1}–{page.offset + page.limit}</span>
      <button type="button" disabled={page.next === null} onClick={() => page.next !== null && onOffset(page.next)}>Next</button>
    </nav>
  );
}
