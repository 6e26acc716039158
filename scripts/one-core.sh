#!/usr/bin/env bash
# Runs a benchmark command on one core (the targets are per core) where taskset exists.
if command -v taskset >/dev/null; then exec taskset -c 0 "$@"; else exec "$@"; fi
