export interface AdminCredentials {
  email: string;
  password: string;
}

const PASSWORD = 'Sms-Channel-Browser-1';

const call = async <T>(
  baseUrl: string,
  path: string,
  init: RequestInit & { token?: string } = {},
): Promise<T> => {
  const response = await fetch(`${baseUrl}${path}`, {
    ...init,
    headers: {
      'Content-Type': 'application/json',
      ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
    },
  });
  if (!response.ok)
    throw new Error(`${init.method ?? 'GET'} ${path} → ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
};

/** The first admin, through the registration endpoint a new Strapi shows on first start. */
export const registerFirstAdmin = async (baseUrl: string): Promise<AdminCredentials & { token: string }> => {
  const credentials = { email: 'owner@example.test', password: PASSWORD };
  const { data } = await call<{ data: { token: string } }>(baseUrl, '/admin/register-admin', {
    method: 'POST',
    body: JSON.stringify({ ...credentials, firstname: 'Olivia', lastname: 'Owner' }),
  });
  return { ...credentials, token: data.token };
};

/**
 * An admin user with a role granting exactly `actions`, made through the admin API the way a
 * super admin does it in Settings: role, permissions, invitation, registration.
 */
export const inviteUserWithActions = async (
  baseUrl: string,
  superAdminToken: string,
  label: string,
  actions: string[],
): Promise<AdminCredentials> => {
  const token = superAdminToken;
  const role = await call<{ data: { id: number } }>(baseUrl, '/admin/roles', {
    method: 'POST',
    token,
    body: JSON.stringify({ name: `${label} role`, description: `Only ${actions.join(', ')}` }),
  });
  await call(baseUrl, `/admin/roles/${role.data.id}/permissions`, {
    method: 'PUT',
    token,
    body: JSON.stringify({
      permissions: actions.map((action) => ({ action, subject: null, conditions: [], properties: {} })),
    }),
  });
  const email = `${label.toLowerCase()}@example.test`;
  const invited = await call<{ data: { registrationToken: string } }>(baseUrl, '/admin/users', {
    method: 'POST',
    token,
    body: JSON.stringify({ firstname: label, lastname: 'Tester', email, roles: [role.data.id] }),
  });
  await call(baseUrl, '/admin/register', {
    method: 'POST',
    body: JSON.stringify({
      registrationToken: invited.data.registrationToken,
      userInfo: { firstname: label, lastname: 'Tester', password: PASSWORD },
    }),
  });
  return { email, password: PASSWORD };
};
