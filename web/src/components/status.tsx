// What a page shows while it loads, when a request failed, and when there is nothing.
import { ApiError } from '../api/client.js';

export function Loading({ what = 'Loading' }: { what?: string }) {
  return <p className="status" role="status">{what}…</p>;
}

export function ErrorMessage({ error }: { error: Error }) {
  const title = error instanceof ApiError && error.status === 404 ? 'Not found' : 'Something went wrong';
  return (
    <div className="error" role="alert">
      <strong>{title}.</strong> {error.message}
    </div>
  );
}

export function Empty({ children }: { children: React.ReactNode }) {
  return <p className="empty">{children}</p>;
}
