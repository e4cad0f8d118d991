import { readProblem, type ServerProblem } from './readProblem';

/** Strapi's error answers always carry a status; the admin's base query marks other failures `UnknownError`. */
const isServerAnswer = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  'status' in error &&
  typeof error.status === 'number' &&
  !('name' in error && error.name === 'UnknownError');

/**
 * The server's problem with a request made through the plugin's RTK Query endpoints (a failed
 * query's `error`, or what a mutation's `unwrap()` throws: the answer's `error` object). `null` when
 * the request got no answer in Strapi's error shape (network failure, proxy page, an answer that
 * did not parse): callers then show their own text.
 */
const queryProblem = (error: unknown): ServerProblem | null =>
  isServerAnswer(error) ? readProblem({ error }) : null;

export { queryProblem };
