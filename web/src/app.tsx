// The app's frame (header, navigation, main) and its pages, each at a URL of its own.
import { lazy, Suspense, useEffect } from 'react';
import { Link, NavLink, Route, Routes, useLocation } from 'react-router';
import { Loading } from './components/status.js';
import { AddReportPage } from './pages/add-report-page.js';
import { DocumentPage } from './pages/document-page.js';
import { EntityPage } from './pages/entity-page.js';
import { HomePage } from './pages/home-page.js';
import { NotFoundPage } from './pages/not-found-page.js';
import { SearchPage } from './pages/search-page.js';
import { TimelinePage } from './pages/timeline-page.js';

// The graph library is large: it loads only when the network page opens.
const NetworkPage = lazy(() => import('./pages/network-page.js').then((m) => ({ default: m.NetworkPage })));

function ScrollToTop() {
  const { pathname } = useLocation();
  useEffect(() => { window.scrollTo(0, 0); }, [pathname]);
  return null;
}

export function App() {
  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="site-header">
        <Link to="/" className="brand">Dossier</Link>
        <nav aria-label="Main">
          <NavLink to="/" end>Home</NavLink>
          <NavLink to="/timeline">Timeline</NavLink>
          <NavLink to="/network">Network</NavLink>
          <NavLink to="/add">Add report</NavLink>
        </nav>
      </header>
      <ScrollToTop />
      <main id="main">
        <Suspense fallback={<Loading />}>
          <Routes>
            <Route path="/" element={<HomePage />} />
            <Route path="/search" element={<SearchPage />} />
            <Route path="/entities/:id" element={<EntityPage />} />
            <Route path="/documents/:id" element={<DocumentPage />} />
            <Route path="/timeline" element={<TimelinePage />} />
            <Route path="/network" element={<NetworkPage />} />
            <Route path="/add" element={<AddReportPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>Allegations shown here are claims made by the sources named with them, as reported; they are not findings of fact.</p>
      </footer>
    </>
  );
}
