import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/db';

describe('migrations', () => {
  const { db, cleanup } = freshDatabase('migrations');
  afterAll(cleanup);

  it('create the whole data model on an empty file', () => {
    const tables = (db.$client.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((t) => t.name);
    for (const t of [
      'municipalities', 'users', 'sessions', 'invitations', 'outbox', 'cycles', 'cycle_phase_dates', 'weight_sets',
      'rubric_areas', 'rubric_criteria', 'nominations', 'documents', 'document_pages', 'jobs', 'assignments',
      'conflicts', 'score_sheets', 'scores', 'interview_notes', 'kpis', 'indicator_imports', 'indicator_values',
      'decisions', 'motivation_versions', 'audit_log',
    ]) {
      expect(tables, `table ${t}`).toContain(t);
    }
  });

  it('turn on foreign keys, WAL and a busy timeout', () => {
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.$client.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('refuse a row that points at nothing', () => {
    expect(() =>
      db.$client.prepare("insert into users (email, name, role, kommunkod) values ('x@example.org', 'X', 'municipality', '9999')").run(),
    ).toThrow(/FOREIGN KEY/);
  });
});
