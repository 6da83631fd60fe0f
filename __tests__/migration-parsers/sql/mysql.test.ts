import { describe, expect, test } from 'vitest';
import { parseMysqlSql } from '../../../src/migration-parsers/sql/mysql.js';
import { splitMysqlStatements } from '../../../src/migration-parsers/sql/mysql-statements.js';
import { shape } from './helpers.js';

const read = (sql: string, flavor: 'mysql' | 'mariadb' = 'mysql') =>
  parseMysqlSql(sql, { firstLine: 1, safetyAssured: false, flavor }).map(shape);

describe('splitMysqlStatements', () => {
  test('honours quotes, backticks, comments and escaped quotes', () => {
    const sql = "UPDATE t SET a = 'x;y', b = \"it\\\"s;\" WHERE `we;ird` = 1; -- c;\n# d;\n/* e; */ SELECT 'it''s;';";
    expect(splitMysqlStatements(sql).map((statement) => statement.text)).toEqual([
      "UPDATE t SET a = 'x;y', b = \"it\\\"s;\" WHERE `we;ird` = 1",
      "SELECT 'it''s;'",
    ]);
  });

  test('DELIMITER changes the terminator and is not a statement', () => {
    const sql = 'DELIMITER $$\nCREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END$$\nDELIMITER ;\nSELECT 3;';
    const statements = splitMysqlStatements(sql);
    expect(statements.map((statement) => statement.text)).toEqual(['CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END', 'SELECT 3']);
    expect(statements.map((statement) => statement.offset)).toEqual([13, 78]);
  });

  test('keeps executable /*! */ comments as part of the statement', () => {
    expect(splitMysqlStatements('/*!40101 SET NAMES utf8mb4 */;\n/* plain */ SELECT 1').map((statement) => statement.text)).toEqual([
      '/*!40101 SET NAMES utf8mb4 */',
      'SELECT 1',
    ]);
  });
});

describe('parseMysqlSql', () => {
  test('ALTER TABLE column actions; several actions in one ALTER are one bulk copy', () => {
    expect(
      read(`ALTER TABLE shop.orders ADD COLUMN age INT UNSIGNED NOT NULL DEFAULT 0,
  DROP COLUMN legacy,
  MODIFY COLUMN total DECIMAL(12,2) NULL,
  CHANGE COLUMN a b VARCHAR(20) NOT NULL,
  RENAME COLUMN c TO d,
  ADD COLUMN s ENUM('x','y') DEFAULT 'x',
  ADD COLUMN u CHAR(36) DEFAULT (UUID()),
  ALGORITHM=COPY, LOCK=SHARED`),
    ).toStrictEqual([
      { kind: 'add_column', line: 1, table: 'shop.orders', columns: ['age'], columnType: 'int unsigned', nullable: false, default: { kind: 'constant', value: 0 }, mysqlAlgorithm: 'copy', bulk: true },
      { kind: 'remove_column', line: 1, table: 'shop.orders', columns: ['legacy'], mysqlAlgorithm: 'copy', bulk: true },
      { kind: 'change_column', line: 1, table: 'shop.orders', columns: ['total'], columnType: 'decimal(12,2)', nullable: true, mysqlAlgorithm: 'copy', bulk: true },
      { kind: 'change_column', line: 1, table: 'shop.orders', columns: ['a'], columnType: 'varchar(20)', nullable: false, mysqlAlgorithm: 'copy', bulk: true },
      { kind: 'rename_column', line: 1, table: 'shop.orders', columns: ['a', 'b'], mysqlAlgorithm: 'copy', bulk: true },
      { kind: 'rename_column', line: 1, table: 'shop.orders', columns: ['c', 'd'], mysqlAlgorithm: 'copy', bulk: true },
      { kind: 'add_column', line: 1, table: 'shop.orders', columns: ['s'], columnType: "enum('x', 'y')", default: { kind: 'constant', value: 'x' }, mysqlAlgorithm: 'copy', bulk: true },
      { kind: 'add_column', line: 1, table: 'shop.orders', columns: ['u'], columnType: 'char(36)', default: { kind: 'sql', sql: '(UUID())' }, mysqlAlgorithm: 'copy', bulk: true },
    ]);
  });

  test('ALTER TABLE index, key and constraint actions', () => {
    expect(
      read(`ALTER TABLE orders ADD INDEX idx_a (a, b);
ALTER TABLE orders ADD UNIQUE KEY uk (c);
ALTER TABLE orders DROP INDEX idx_z;
ALTER TABLE orders ADD CONSTRAINT fk_user FOREIGN KEY (user_id) REFERENCES users(id);
ALTER TABLE orders DROP FOREIGN KEY fk_old;
ALTER TABLE orders ADD FULLTEXT INDEX ft (body);
ALTER TABLE orders RENAME TO purchases;
ALTER TABLE purchases ENGINE=InnoDB;`),
    ).toStrictEqual([
      { kind: 'add_index', line: 1, table: 'orders', columns: ['a', 'b'], unique: false },
      { kind: 'add_index', line: 2, table: 'orders', columns: ['c'], unique: true },
      { kind: 'remove_index', line: 3, table: 'orders' },
      { kind: 'add_foreign_key', line: 4, table: 'orders', columns: ['user_id'], otherTable: 'users' },
      { kind: 'remove_foreign_key', line: 5, table: 'orders' },
      { kind: 'add_index', line: 6, table: 'orders', columns: ['body'], unique: false, method: 'FULLTEXT INDEX' },
      { kind: 'rename_table', line: 7, table: 'orders', otherTable: 'purchases' },
      { kind: 'execute', line: 8, table: 'purchases', method: 'ALTER TABLE ENGINE' },
    ]);
  });

  test('CREATE/DROP TABLE and INDEX, RENAME TABLE, data changes', () => {
    expect(
      read(`CREATE TABLE a (id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY, name VARCHAR(255));
CREATE UNIQUE INDEX ix ON a (name) ALGORITHM=INPLACE LOCK=NONE;
DROP INDEX ix ON a;
RENAME TABLE a TO b, c TO d;
DROP TABLE IF EXISTS b, d;
UPDATE a SET x = 1;
DELETE FROM a WHERE id > 3;
INSERT INTO a (x) SELECT y FROM b;`),
    ).toStrictEqual([
      { kind: 'create_table', line: 1, table: 'a', columns: ['id', 'name'] },
      { kind: 'add_index', line: 2, table: 'a', columns: ['name'], unique: true, mysqlAlgorithm: 'inplace' },
      { kind: 'remove_index', line: 3, table: 'a' },
      { kind: 'rename_table', line: 4, table: 'a', otherTable: 'b' },
      { kind: 'rename_table', line: 4, table: 'c', otherTable: 'd' },
      { kind: 'drop_table', line: 5, table: 'b' },
      { kind: 'drop_table', line: 5, table: 'd' },
      { kind: 'backfill', line: 6, table: 'a', partial: false },
      { kind: 'backfill', line: 7, table: 'a', partial: true },
      { kind: 'backfill', line: 8, table: 'a' },
    ]);
  });

  test('statements node-sql-parser cannot read are classified by their leading keywords, never as cheap', () => {
    expect(
      read(`ALTER TABLE \`shop\`.\`orders\` CONVERT TO CHARACTER SET utf8mb4;
ALTER TABLE orders PARTITION BY HASH(id) PARTITIONS 4;
OPTIMIZE TABLE orders;
CREATE DEFINER=\`root\`@\`%\` TRIGGER t BEFORE INSERT ON orders FOR EACH ROW SET NEW.a = 1;
FLUSH TABLES WITH READ LOCK;`),
    ).toStrictEqual([
      { kind: 'execute', line: 1, table: 'shop.orders', method: 'ALTER TABLE (unparsed)' },
      { kind: 'execute', line: 2, table: 'orders', method: 'ALTER TABLE (unparsed)' },
      { kind: 'execute', line: 3, table: 'orders', method: 'OPTIMIZE TABLE (unparsed)' },
      { kind: 'sql_metadata', line: 4, method: 'CREATE TRIGGER' },
      { kind: 'execute', line: 5, method: 'FLUSH TABLES (unparsed)' },
    ]);
  });

  test("a statement one dialect rejects is read with the other (node-sql-parser's MariaDB grammar rejects ADD PRIMARY KEY)", () => {
    expect(read('ALTER TABLE orders DROP PRIMARY KEY, ADD PRIMARY KEY (id, created_at)', 'mariadb')).toStrictEqual([
      { kind: 'remove_index', line: 1, table: 'orders', bulk: true },
      { kind: 'add_index', line: 1, table: 'orders', columns: ['id', 'created_at'], unique: true, method: 'PRIMARY KEY', bulk: true },
    ]);
  });

  test('MariaDB flavour reads the same migration statements', () => {
    expect(read('ALTER TABLE t ADD COLUMN IF NOT EXISTS z INT, ALGORITHM=INSTANT', 'mariadb')).toStrictEqual([
      { kind: 'add_column', line: 1, table: 't', columns: ['z'], columnType: 'int', mysqlAlgorithm: 'instant' },
    ]);
  });

  test('BEGIN/COMMIT are no operation; SET and USE are catalog-only', () => {
    expect(read('START TRANSACTION;\nSET FOREIGN_KEY_CHECKS = 0;\nUSE shop;\nCOMMIT;')).toStrictEqual([
      { kind: 'sql_metadata', line: 2, method: 'SET' },
      { kind: 'sql_metadata', line: 3, method: 'USE' },
    ]);
  });

  test('keeps the statement text, its first line and safety_assured', () => {
    const [operation] = parseMysqlSql('\n\nUPDATE t\nSET a = 1', { firstLine: 7, safetyAssured: true, flavor: 'mysql' });
    expect(operation).toMatchObject({ line: 9, code: 'UPDATE t', sql: 'UPDATE t\nSET a = 1', safetyAssured: true });
  });
});
