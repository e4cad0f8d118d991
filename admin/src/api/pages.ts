import { z } from 'zod';

import type { FetchClient } from '@strapi/strapi/admin';

const paginationSchema = z.object({ page: z.number(), pageCount: z.number() });

/**
 * Every entry of a paginated admin list (`{ data, meta: { pagination } }`), page after page: the
 * setup lists are short, and a picker that silently missed page 2 would hide numbers.
 */
const fetchAllPages = async <Item extends z.ZodType>(
  client: FetchClient,
  url: string,
  item: Item,
): Promise<z.output<Item>[]> => {
  const pageSchema = z.object({ data: z.array(item), meta: z.object({ pagination: paginationSchema }) });
  const items: z.output<Item>[] = [];
  for (let page = 1, pageCount = 1; page <= pageCount; page += 1) {
    const { data } = await client.get(url, { params: { page } });
    const answer = pageSchema.parse(data);
    items.push(...answer.data);
    pageCount = answer.meta.pagination.pageCount;
  }
  return items;
};

export { fetchAllPages };
