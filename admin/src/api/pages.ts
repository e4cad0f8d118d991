import { z } from 'zod';

import type { QueryError } from './smsApi';
import type { QueryArguments } from '@strapi/strapi/admin';

/** The admin's base query as an endpoint's `queryFn` receives it. */
type BaseQuery = (
  query: QueryArguments,
) => PromiseLike<{ data?: unknown; error?: QueryError }> | { data?: unknown; error?: QueryError };

const paginationSchema = z.object({ page: z.number(), pageCount: z.number() });

/**
 * Every entry of a paginated admin list (`{ data, meta: { pagination } }`), page after page, as a
 * `queryFn` result: the setup lists are short, and a picker that silently missed page 2 would hide
 * numbers.
 */
const fetchAllPages = async <Item extends z.ZodType>(
  baseQuery: BaseQuery,
  url: string,
  item: Item,
): Promise<{ data: z.output<Item>[] } | { error: QueryError }> => {
  const pageSchema = z.object({ data: z.array(item), meta: z.object({ pagination: paginationSchema }) });
  const items: z.output<Item>[] = [];
  for (let page = 1, pageCount = 1; page <= pageCount; page += 1) {
    const answer = await baseQuery({ url, config: { params: { page } } });
    if (answer.error !== undefined) {
      return { error: answer.error };
    }
    const parsed = pageSchema.parse(answer.data);
    items.push(...parsed.data);
    pageCount = parsed.meta.pagination.pageCount;
  }
  return { data: items };
};

export { fetchAllPages };
