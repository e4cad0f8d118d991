export interface DemoAdmin {
  email: string;
  password: string;
  created: boolean;
}

export const DEMO_ADMIN = { email: 'admin@sms-channel.local', password: 'SmsChannel-Demo-1' } as const;

/**
 * Creates the first admin through Strapi's own registration endpoint, which only works while the
 * app has no admin: an existing playground keeps the users it has.
 */
export const ensureFirstAdmin = async (strapiUrl: string): Promise<DemoAdmin> => {
  const init = (await (await fetch(`${strapiUrl}/admin/init`)).json()) as { data: { hasAdmin: boolean } };
  if (init.data.hasAdmin) return { ...DEMO_ADMIN, created: false };
  const response = await fetch(`${strapiUrl}/admin/register-admin`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...DEMO_ADMIN, firstname: 'Demo', lastname: 'Admin' }),
  });
  if (!response.ok)
    throw new Error(`Creating the first admin failed: ${response.status} ${await response.text()}`);
  return { ...DEMO_ADMIN, created: true };
};
