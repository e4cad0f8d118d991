import type { Core } from '@strapi/strapi';

/** A content type's table, and the column of each attribute, as Strapi's metadata names them. */
export interface TableColumns {
  name: string;
  /** The name for raw SQL: with the schema Strapi is configured with, if any (PostgreSQL). */
  qualifiedName: string;
  column(attribute: string): string;
}

/** For the few statements written below the query engine (where one statement must do the work of many). */
export const tableColumns = (strapi: Core.Strapi, uid: string): TableColumns => {
  const metadata = strapi.db.metadata.get(uid as never);
  const schema = strapi.db.getSchemaName();
  return {
    name: metadata.tableName,
    qualifiedName: schema ? `${schema}.${metadata.tableName}` : metadata.tableName,
    column(attribute) {
      const column = (metadata.attributes[attribute] as { columnName?: string } | undefined)?.columnName;
      if (!column) throw new Error(`${uid} has no column for the attribute "${attribute}".`);
      return column;
    },
  };
};
