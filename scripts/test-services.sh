#!/usr/bin/env bash
# Starts what the tests need on this machine, when it is missing: PostgreSQL (127.0.0.1:5432,
# trust auth) for the store contract tests, Debian's Chromium for the browser tests.
# Run by `npm test` (pretest) and so by .ci/run; does nothing when both are there.
set -euo pipefail

if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start
  else
    echo "PostgreSQL is not running on 127.0.0.1:5432 and cannot be started here; the PostgreSQL tests will fail." >&2
  fi
fi

if [ ! -x "${DOSSIER_CHROMIUM:-/usr/bin/chromium}" ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    apt-get install -y --no-install-recommends chromium >/dev/null 2>&1 \
      || { apt-get update >/dev/null && apt-get install -y --no-install-recommends chromium >/dev/null; }
  else
    echo "Chromium is missing (apt-get install chromium, or set DOSSIER_CHROMIUM); the browser tests will fail." >&2
  fi
fi
