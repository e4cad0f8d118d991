import type { Core } from '@strapi/strapi';

/** Where Strapi 5 keeps a relation: a `*_lnk` table of (owner id, target id) pairs. */
export interface LinkTable {
  name: string;
  /** The column holding the owning row's id. */
  ownerColumn: string;
  /** The column holding the related row's id. */
  targetColumn: string;
}

interface JoinTableMetadata {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  orderColumnName?: string;
  inverseOrderColumnName?: string;
}

/**
 * The link table of `uid`'s relation `attribute`, read from Strapi's metadata, for the few queries
 * written below the query engine. Only unordered links qualify: writing a row of an ordered one
 * would need Strapi's ordering logic.
 */
export const linkTable = (strapi: Core.Strapi, uid: string, attribute: string): LinkTable => {
  const relation = strapi.db.metadata.get(uid as never).attributes[attribute] as {
    joinTable?: JoinTableMetadata;
  };
  const joinTable = relation?.joinTable;
  if (!joinTable) throw new Error(`${uid}.${attribute} is expected to be stored in a link table.`);
  if (joinTable.orderColumnName || joinTable.inverseOrderColumnName) {
    throw new Error(`${uid}.${attribute} is an ordered relation; its links must be written by Strapi.`);
  }
  return {
    name: joinTable.name,
    ownerColumn: joinTable.joinColumn.name,
    targetColumn: joinTable.inverseJoinColumn.name,
  };
};
