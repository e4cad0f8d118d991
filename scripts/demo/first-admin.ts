export const DEMO_ADMIN = { email: 'admin@sms-channel.local', password: 'SmsChannel-Demo-1' } as const;

/** How the printed login came to be, so the banner never claims a login that does not work. */
export type DemoAdminState = 'created' | 'exists' | 'other-admins';

const logsIn = async (strapiUrl: string): Promise<boolean> => {
  const response = await fetch(`${strapiUrl}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(DEMO_ADMIN),
  });
  return response.ok;
};

/**
 * Creates the first admin through Strapi's own registration endpoint, which only works while the
 * app has no admin: an existing playground keeps the users it has, and the demo login is checked
 * against them.
 */
export const ensureFirstAdmin = async (strapiUrl: string): Promise<DemoAdminState> => {
  const init = (await (await fetch(`${strapiUrl}/admin/init`)).json()) as { data: { hasAdmin: boolean } };
  if (init.data.hasAdmin) return (await logsIn(strapiUrl)) ? 'exists' : 'other-admins';
  const response = await fetch(`${strapiUrl}/admin/register-admin`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...DEMO_ADMIN, firstname: 'Demo', lastname: 'Admin' }),
  });
  if (!response.ok)
    throw new Error(`Creating the first admin failed: ${response.status} ${await response.text()}`);
  return 'created';
};
