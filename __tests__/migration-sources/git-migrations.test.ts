// readMigrationChanges on real git repositories made in temp dirs.

import { afterAll, describe, expect, it } from 'vitest';
import { Git } from '../../src/git/git.js';
import { readMigrationChanges, staticFolders } from '../../src/migration-sources/git-migrations.js';
import { cleanupRepos, createRepo, type TestRepo } from '../helpers/git-repo.js';

afterAll(cleanupRepos);

const RAILS_GLOBS = ['db/migrate/*.rb', 'db/post_migrate/*.rb'];
const PRISMA_GLOB = 'prisma/migrations/*/migration.sql';

function read(repo: TestRepo, request: { base: string; deploy: string; production?: string; globs?: string[] }) {
  return readMigrationChanges(new Git(repo.dir), {
    baseSha: request.base,
    deploySha: request.deploy,
    productionSha: request.production ?? request.base,
    globs: request.globs ?? RAILS_GLOBS,
  });
}

describe('readMigrationChanges', () => {
  it('lists added, modified and deleted migrations with the contents at the deploy, and what production has', async () => {
    const repo = createRepo();
    repo.commit('first', { file: 'db/migrate/20250101000000_create_users.rb', content: 'class CreateUsers; end\n' });
    repo.commit('second', { file: 'db/migrate/20250102000000_add_email.rb', content: 'class AddEmail; end\n' });
    repo.commit('third', { file: 'db/migrate/20250103000000_drop_me.rb', content: 'class DropMe; end\n' });
    const production = repo.head();
    repo.branch('production');

    repo.commit('edit', { file: 'db/migrate/20250102000000_add_email.rb', content: 'class AddEmail; def change; end; end\n' });
    repo.git('rm', '--quiet', 'db/migrate/20250103000000_drop_me.rb');
    repo.commit('delete');
    repo.commit('add', { file: 'db/migrate/20260101000000_add_index.rb', content: 'class AddIndex; end\n' });
    repo.commit('post', { file: 'db/post_migrate/20260102000000_backfill.rb', content: 'class Backfill; end\n' });
    // Not migrations: outside the globs, or in the folder but not matching.
    repo.commit('schema', { file: 'db/schema.rb', content: 'ActiveRecord::Schema.define {}\n' });
    repo.commit('readme', { file: 'db/migrate/README.md', content: '# migrations\n' });
    repo.commit('nested', { file: 'db/migrate/nested/20260103000000_x.rb', content: 'class X; end\n' });
    repo.commit('app', { file: 'app/models/user.rb', content: 'class User; end\n' });
    const deploy = repo.head();

    const changes = await read(repo, { base: production, deploy });
    expect(changes.changes).toEqual([
      { path: 'db/migrate/20250102000000_add_email.rb', status: 'modified' },
      { path: 'db/migrate/20250103000000_drop_me.rb', status: 'deleted' },
      { path: 'db/migrate/20260101000000_add_index.rb', status: 'added' },
      { path: 'db/post_migrate/20260102000000_backfill.rb', status: 'added' },
    ]);
    // Contents of what exists at the deploy; none for the deleted file.
    expect(Object.fromEntries(changes.contents)).toEqual({
      'db/migrate/20250102000000_add_email.rb': 'class AddEmail; def change; end; end\n',
      'db/migrate/20260101000000_add_index.rb': 'class AddIndex; end\n',
      'db/post_migrate/20260102000000_backfill.rb': 'class Backfill; end\n',
    });
    expect(changes.productionFiles).toEqual([
      'db/migrate/20250101000000_create_users.rb',
      'db/migrate/20250102000000_add_email.rb',
      'db/migrate/20250103000000_drop_me.rb',
    ]);
    // Every file under the globs' folders at the deploy, matching or not (siblings such as a .down.sql).
    expect(changes.deployFolderFiles).toEqual([
      'db/migrate/20250101000000_create_users.rb',
      'db/migrate/20250102000000_add_email.rb',
      'db/migrate/20260101000000_add_index.rb',
      'db/migrate/README.md',
      'db/migrate/nested/20260103000000_x.rb',
      'db/post_migrate/20260102000000_backfill.rb',
    ]);
  });

  it('reads production files from production, not from the merge base', async () => {
    const repo = createRepo();
    repo.commit('base', { file: 'db/migrate/20250101000000_a.rb', content: 'a\n' });
    const base = repo.head();
    repo.checkoutNew('production');
    repo.commit('hotfix', { file: 'db/migrate/20250201000000_hotfix.rb', content: 'hotfix\n' });
    const production = repo.head();
    repo.checkout('main');
    repo.commit('feature', { file: 'db/migrate/20250301000000_feature.rb', content: 'feature\n' });
    const changes = await read(repo, { base, deploy: repo.head(), production });
    expect(changes.changes).toEqual([{ path: 'db/migrate/20250301000000_feature.rb', status: 'added' }]);
    expect(changes.productionFiles).toEqual(['db/migrate/20250101000000_a.rb', 'db/migrate/20250201000000_hotfix.rb']);
  });

  it('reads UTF-8 with multibyte characters whole, however many files follow (sizes are bytes)', async () => {
    const repo = createRepo();
    const base = repo.head();
    const texts = {
      'db/migrate/20260101000000_a.rb': '# Ünïcödé: 注文テーブル 🚀\nclass A; end\n',
      'db/migrate/20260102000000_b.rb': '# ü\n',
      'db/migrate/20260103000000_c.rb': 'class C; end # 😀😀😀\n',
      'db/migrate/20260104000000_d.rb': '',
      'db/migrate/20260105000000_e.rb': 'no newline at the end: €',
    };
    for (const [file, content] of Object.entries(texts)) repo.commit(file, { file, content });
    for (const text of Object.values(texts).slice(0, 3)) expect(Buffer.byteLength(text)).toBeGreaterThan(text.length);
    const changes = await read(repo, { base, deploy: repo.head() });
    expect(Object.fromEntries(changes.contents)).toEqual(texts);
  });

  it('reads SQL migrations: Prisma folders, golang-migrate and Flyway files', async () => {
    const repo = createRepo();
    repo.commit('old', { file: 'prisma/migrations/20250101000000_init/migration.sql', content: 'CREATE TABLE "User" (id int);\n' });
    const base = repo.head();
    repo.commit('prisma', { file: 'prisma/migrations/20260101000000_email/migration.sql', content: 'CREATE INDEX "User_email" ON "User"(email);\n' });
    repo.commit('lock', { file: 'prisma/migrations/migration_lock.toml', content: 'provider = "postgresql"\n' });
    repo.commit('up', { file: 'db/migrations/000002_add.up.sql', content: 'ALTER TABLE t ADD c int;\n' });
    repo.commit('down', { file: 'db/migrations/000002_add.down.sql', content: 'ALTER TABLE t DROP c;\n' });
    repo.commit('flyway', { file: 'sql/V1_2__index.sql', content: 'CREATE INDEX CONCURRENTLY i ON t (c);\n' });
    const changes = await read(repo, { base, deploy: repo.head(), globs: [PRISMA_GLOB, 'db/migrations/*.up.sql', 'sql/V*__*.sql'] });
    expect(changes.changes.map((c) => `${c.status} ${c.path}`)).toEqual([
      'added db/migrations/000002_add.up.sql',
      'added prisma/migrations/20260101000000_email/migration.sql',
      'added sql/V1_2__index.sql',
    ]);
    expect(changes.contents.get('prisma/migrations/20260101000000_email/migration.sql')).toBe('CREATE INDEX "User_email" ON "User"(email);\n');
    expect(changes.productionFiles).toEqual(['prisma/migrations/20250101000000_init/migration.sql']);
    // The .down.sql is not a match, but it is in the folder list for the reversibility check.
    expect(changes.deployFolderFiles).toContain('db/migrations/000002_add.down.sql');
    expect(changes.deployFolderFiles).toContain('prisma/migrations/migration_lock.toml');
  });

  it('returns nothing when the deploy adds no migration', async () => {
    const repo = createRepo();
    repo.commit('m', { file: 'db/migrate/20250101000000_a.rb', content: 'a\n' });
    const base = repo.head();
    repo.commit('code', { file: 'app/x.rb', content: 'x\n' });
    const changes = await read(repo, { base, deploy: repo.head() });
    expect(changes.changes).toEqual([]);
    expect(changes.contents.size).toBe(0);
    expect(changes.productionFiles).toEqual(['db/migrate/20250101000000_a.rb']);
  });

  it('handles paths with spaces and quotes (read with -z, never through a shell)', async () => {
    const repo = createRepo();
    const base = repo.head();
    const file = 'db/migrate/20260101000000_we"ird name.rb';
    repo.commit('odd', { file, content: 'odd\n' });
    const changes = await read(repo, { base, deploy: repo.head() });
    expect(changes.changes).toEqual([{ path: file, status: 'added' }]);
    expect(changes.contents.get(file)).toBe('odd\n');
  });

  it('with a glob that starts with a pattern, looks through the whole tree', async () => {
    const repo = createRepo();
    const base = repo.head();
    repo.commit('a', { file: 'services/billing/db/migrate/20260101000000_a.rb', content: 'a\n' });
    repo.commit('b', { file: 'services/billing/other/20260101000000_b.rb', content: 'b\n' });
    const changes = await read(repo, { base, deploy: repo.head(), globs: ['**/db/migrate/*.rb'] });
    expect(changes.changes).toEqual([{ path: 'services/billing/db/migrate/20260101000000_a.rb', status: 'added' }]);
  });
});

describe('staticFolders', () => {
  it('keeps the fixed folder in front of each glob, once each, sorted', () => {
    expect(staticFolders(['db/migrate/*.rb', 'db/post_migrate/*.rb', 'db/migrate/*.sql'])).toEqual(['db/migrate', 'db/post_migrate']);
    expect(staticFolders([PRISMA_GLOB])).toEqual(['prisma/migrations']);
    expect(staticFolders(['db/{a,b}/*.sql'])).toEqual(['db']);
    expect(staticFolders(['sql/V*__*.sql', 'deep/er/path/x.sql'])).toEqual(['deep/er/path', 'sql']);
  });

  it('needs the whole tree when a glob has no fixed folder', () => {
    expect(staticFolders(['**/db/migrate/*.rb'])).toEqual(['.']);
    expect(staticFolders(['*.sql', 'db/migrate/*.rb'])).toEqual(['.']);
    expect(staticFolders(['db/migrate/*.rb', 'V1__x.sql'])).toEqual(['.']);
  });
});
