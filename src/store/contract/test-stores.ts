// Real databases for tests: a SQLite file in a fresh temp dir, and a uniquely named
// PostgreSQL database per test run (a schema per store inside it), dropped afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openSqliteStore } from '../sqlite/sqlite-store.js';
import { openPostgresStore } from '../postgres/postgres-store.js';
import type { SqlStore } from '../sql/sql-store.js';

/** The server tests use; override with DOSSIER_TEST_PG (a URL to any database on it). */
export const TEST_PG_SERVER = process.env.DOSSIER_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export class TempSqlite {
  readonly dir = mkdtempSync(join(tmpdir(), 'dossier-store-'));
  private n = 0;
  nextPath(): string {
    return join(this.dir, `store-${++this.n}.db`);
  }
  open(path = this.nextPath()): Promise<SqlStore> {
    return openSqliteStore(path);
  }
  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export class TempPostgres {
  readonly database = `dossier_test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  private n = 0;
  private created = false;

  private urlFor(database: string, schema?: string): string {
    const u = new URL(TEST_PG_SERVER);
    u.pathname = `/${database}`;
    if (schema) u.searchParams.set('options', `-c search_path=${schema}`);
    return u.toString();
  }

  async create(): Promise<void> {
    const admin = new pg.Client({ connectionString: TEST_PG_SERVER });
    await admin.connect();
    try {
      await admin.query(`create database ${this.database}`);
      this.created = true;
    } finally {
      await admin.end();
    }
  }

  /** A store in a schema of its own, so each test starts empty without a new database. */
  async open(): Promise<SqlStore> {
    const schema = `s${++this.n}`;
    const client = new pg.Client({ connectionString: this.urlFor(this.database) });
    await client.connect();
    try {
      await client.query(`create schema if not exists ${schema}`);
    } finally {
      await client.end();
    }
    return openPostgresStore(this.urlFor(this.database, schema));
  }

  /** The URL of a schema in the test database (for CLI tests that pass --pg). */
  async url(): Promise<string> {
    const schema = `s${++this.n}`;
    const client = new pg.Client({ connectionString: this.urlFor(this.database) });
    await client.connect();
    try {
      await client.query(`create schema if not exists ${schema}`);
    } finally {
      await client.end();
    }
    return this.urlFor(this.database, schema);
  }

  async drop(): Promise<void> {
    if (!this.created) return;
    const admin = new pg.Client({ connectionString: TEST_PG_SERVER });
    await admin.connect();
    try {
      await admin.query(`drop database if exists ${this.database} with (force)`);
    } finally {
      await admin.end();
    }
  }
}
