// Which errors stop an ingest run: database failures do, problems of one document do not.
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { isStorageFailure } from './storage-failure.js';

describe('isStorageFailure', () => {
  it('recognises SQLite and PostgreSQL failures of the database itself', () => {
    expect(isStorageFailure(Object.assign(new Error('disk full'), { code: 'SQLITE_FULL' }))).toBe(true);
    expect(isStorageFailure(Object.assign(new Error('x'), { code: 'SQLITE_IOERR_WRITE' }))).toBe(true);
    expect(isStorageFailure(Object.assign(new Error('terminating connection'), { code: '57P01' }))).toBe(true);
    expect(isStorageFailure(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isStorageFailure(new Error('Connection terminated unexpectedly'))).toBe(true);
  });

  it('leaves errors about one document alone', () => {
    const db = new Database(':memory:');
    db.exec('create table t (id integer primary key)');
    db.exec('insert into t values (1)');
    let err: unknown;
    try { db.exec('insert into t values (1)'); } catch (e) { err = e; }
    expect(isStorageFailure(err)).toBe(false);
    expect(isStorageFailure(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
    expect(isStorageFailure(new Error('span past the end'))).toBe(false);
    expect(isStorageFailure(null)).toBe(false);
  });
});
