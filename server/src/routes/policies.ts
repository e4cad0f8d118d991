/** The admin permission check for a route, built from the shared action list. */
export const requirePermissions = (...actions: string[]) => ({
  name: 'admin::hasPermissions',
  config: { actions },
});
