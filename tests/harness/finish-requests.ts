import type { Server } from 'node:http';

/** How long requests being handled may take to finish before their connections are cut. */
const FINISH_WITHIN_MS = 10_000;

/**
 * Stops taking requests and waits for those being handled to be answered. Strapi's own `destroy`
 * cuts the sockets but not the handlers, which then run on against a closed database and log after
 * their test file has ended (Jest then fails the whole run, though every test passed).
 */
export const finishRequests = async (server: Server): Promise<void> => {
  if (!server.listening) return;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // `close` only closes the connections idle at the time; a kept-alive connection becomes idle
  // once its last request is answered.
  const closeIdle = setInterval(() => server.closeIdleConnections(), 20);
  const cut = setTimeout(() => server.closeAllConnections(), FINISH_WITHIN_MS);
  try {
    await closed;
  } finally {
    clearInterval(closeIdle);
    clearTimeout(cut);
  }
};
