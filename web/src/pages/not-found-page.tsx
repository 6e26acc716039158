// Any URL the app does not know.
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <section>
      <h1>Page not found</h1>
      <p><Link to="/">Back to the start</Link></p>
    </section>
  );
}
