import type { Core } from '@strapi/strapi';
import { tableColumns } from './table-columns';

/** One row's part of the statement: which row (and what it must still hold), and its new values. */
export interface RowUpdate {
  id: number;
  /** Attributes the row must still hold these values of, or it is left alone. */
  expect: Record<string, unknown>;
  set: Record<string, unknown>;
}

export interface EachRowUpdate {
  /** Every row names the same attributes in `expect`, and the same in `set`. */
  rows: RowUpdate[];
  /** Conditions every row must meet as well (attribute = value). */
  where: Record<string, unknown>;
  /** Values written to every row updated. */
  common: Record<string, unknown>;
}

/** PostgreSQL types of the attribute types written this way (a VALUES list needs them spelled out). */
const POSTGRES_TYPES: Record<string, string> = {
  increments: 'integer',
  integer: 'integer',
  biginteger: 'bigint',
  string: 'varchar',
  enumeration: 'varchar',
  text: 'text',
  datetime: 'timestamp',
  boolean: 'boolean',
};

/** Whether this database can run `updateEachRow` (MySQL and MariaDB have no UPDATE … RETURNING). */
export const canUpdateEachRow = (strapi: Core.Strapi): boolean => strapi.db.dialect.useReturning();

/**
 * Gives each row its own values in a single `UPDATE … FROM (VALUES …) … RETURNING`, where one
 * statement per row would otherwise be sent (PostgreSQL and SQLite only, see canUpdateEachRow).
 * Answers the ids of the rows it updated: a row that no longer meets its conditions is skipped,
 * exactly as its own conditional UPDATE would have been.
 */
export const updateEachRow = async (
  strapi: Core.Strapi,
  uid: string,
  { rows, where, common }: EachRowUpdate,
): Promise<Set<number>> => {
  if (rows.length === 0) return new Set();
  const table = tableColumns(strapi, uid);
  const attributes = strapi.db.metadata.get(uid as never).attributes as Record<string, { type: string }>;
  const postgres = strapi.db.dialect.client === 'postgres';
  const expected = Object.keys(rows[0].expect);
  const written = Object.keys(rows[0].set);
  // The list's columns are named v0, v1, …: so RETURNING "id" can only mean the table's id.
  const listed = ['id', ...expected, ...written].map((attribute, i) => {
    const type = POSTGRES_TYPES[attributes[attribute]?.type];
    if (!type) throw new Error(`${uid}.${attribute} cannot be written by updateEachRow.`);
    return { attribute, name: `v${i}`, placeholder: postgres ? `CAST(? AS ${type})` : '?' };
  });
  const listedAs = (attribute: string) => listed.find((column) => column.attribute === attribute)!.name;
  const target = table.qualifiedName;

  const sql: string[] = [];
  const bindings: unknown[] = [];
  const add = (text: string, ...values: unknown[]) => {
    sql.push(text);
    bindings.push(...values);
  };

  add(`WITH v (${listed.map(() => '??').join(', ')}) AS (VALUES`, ...listed.map(({ name }) => name));
  const tuple = `(${listed.map(({ placeholder }) => placeholder).join(', ')})`;
  rows.forEach((row, i) => {
    add(
      `${i > 0 ? ',' : ''} ${tuple}`,
      row.id,
      ...expected.map((a) => row.expect[a]),
      ...written.map((a) => row.set[a]),
    );
  });
  add(') UPDATE ?? SET', target);
  add(
    [...written.map(() => '?? = v.??'), ...Object.keys(common).map(() => '?? = ?')].join(', '),
    ...written.flatMap((attribute) => [table.column(attribute), listedAs(attribute)]),
    ...Object.entries(common).flatMap(([attribute, value]) => [table.column(attribute), value]),
  );
  add(
    `FROM v WHERE ${[
      ...['id', ...expected].map(() => '??.?? = v.??'),
      ...Object.keys(where).map(() => '??.?? = ?'),
    ].join(' AND ')}`,
    ...['id', ...expected].flatMap((attribute) => [target, table.column(attribute), listedAs(attribute)]),
    ...Object.entries(where).flatMap(([attribute, value]) => [target, table.column(attribute), value]),
  );
  add('RETURNING ??', table.column('id'));

  const result = (await strapi.db.connection.raw(sql.join(' '), bindings)) as
    Array<{ id: number }> | { rows: Array<{ id: number }> };
  // better-sqlite3 answers the rows; pg answers a result holding them.
  const returned = Array.isArray(result) ? result : result.rows;
  return new Set(returned.map((row) => Number(row.id)));
};
