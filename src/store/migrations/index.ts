// Versioned migrations, applied in name order on every start: add a file, never edit one
// that has shipped.
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { DossierError } from '../../errors.js';
import type { SqlDialectName } from '../sql/dialect.js';
import { initialMigration } from './0001-initial.js';
import { entityStatsMigration } from './0002-entity-stats.js';

function migrations(dialect: SqlDialectName): Record<string, Migration> {
  return {
    '0001-initial': initialMigration(dialect),
    '0002-entity-stats': entityStatsMigration(dialect),
  };
}

class InCodeProvider implements MigrationProvider {
  constructor(private readonly dialect: SqlDialectName) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations(this.dialect);
  }
}

/** Brings the database to the latest schema; a failure names the migration that failed. */
export async function migrateToLatest(db: Kysely<any>, dialect: SqlDialectName): Promise<void> {
  // Kysely looks for its bookkeeping tables in every schema; pinning PostgreSQL to the
  // connection's own schema keeps two stores on one server (one per schema) apart.
  const schema = dialect === 'postgres'
    ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
    : undefined;
  const migrator = new Migrator({ db, provider: new InCodeProvider(dialect), ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    const message = error instanceof Error ? error.message : String(error);
    throw new DossierError('storage', `database migration ${failed} failed: ${message}`, { cause: error });
  }
}

/** The names of all migrations this build knows, oldest first. */
export function knownMigrations(dialect: SqlDialectName): string[] {
  return Object.keys(migrations(dialect)).sort();
}
