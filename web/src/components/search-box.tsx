// The search form: names and report text, results on /search?q=.
import { useState } from 'react';
import { useNavigate } from 'react-router';

export function SearchBox({ initial = '', autoFocus = false }: { initial?: string; autoFocus?: boolean }) {
  const [q, setQ] = useState(initial);
  const navigate = useNavigate();
  return (
    <form role="search" className="search-box" onSubmit={(e) => {
      e.preventDefault();
      if (q.trim()) navigate(`/search?q=${encodeURIComponent(q.trim())}`);
    }}>
      <label htmlFor="search-input" className="visually-hidden">Search people, organizations and reports</label>
      <input id="search-input" type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Search people, organizations, report text…" autoFocus={autoFocus} />
      <button type="submit">Search</button>
    </form>
  );
}
