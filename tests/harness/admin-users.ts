import { randomBytes } from 'node:crypto';
import request from 'supertest';
import type { TestApp } from './strapi';

interface RoleService {
  getSuperAdmin(): Promise<{ id: number }>;
  create(attributes: { name: string; description: string }): Promise<{ id: number }>;
  assignPermissions(
    roleId: number,
    permissions: { action: string; subject: null; conditions: string[]; properties: object }[],
  ): Promise<unknown>;
}

interface UserService {
  create(attributes: object): Promise<{ id: number }>;
}

export interface AdminSession {
  userId: number;
  email: string;
  /** `Authorization` header value for the admin API. */
  authorization: string;
}

const PASSWORD = 'Sms-Channel-Test-1';

const login = async (app: TestApp, email: string): Promise<string> => {
  const response = await request(app.server).post('/admin/login').send({ email, password: PASSWORD });
  if (response.status !== 200) throw new Error(`Admin login failed (${response.status}): ${response.text}`);
  return (response.body as { data: { token: string } }).data.token;
};

const createUser = async (app: TestApp, roleId: number, label: string): Promise<AdminSession> => {
  const email = `${label.toLowerCase()}-${randomBytes(4).toString('hex')}@example.test`;
  const user = await (app.strapi.service('admin::user') as UserService).create({
    email,
    firstname: label,
    lastname: 'Tester',
    password: PASSWORD,
    isActive: true,
    registrationToken: null,
    roles: [roleId],
  });
  return { userId: user.id, email, authorization: `Bearer ${await login(app, email)}` };
};

const roles = (app: TestApp) => app.strapi.service('admin::role') as RoleService;

export const createSuperAdmin = async (app: TestApp): Promise<AdminSession> =>
  createUser(app, (await roles(app).getSuperAdmin()).id, 'super');

/**
 * An admin user whose only role grants exactly `actions` (none: a role without the plugin), named
 * "<firstname> Tester".
 */
export const createAdminWithActions = async (
  app: TestApp,
  actions: string[],
  firstname = 'agent',
): Promise<AdminSession> => {
  const role = await roles(app).create({
    name: `Role ${randomBytes(4).toString('hex')}`,
    description: actions.length ? `Only ${actions.join(', ')}` : 'No SMS channel permission',
  });
  if (actions.length) {
    await roles(app).assignPermissions(
      role.id,
      actions.map((action) => ({ action, subject: null, conditions: [], properties: {} })),
    );
  }
  return createUser(app, role.id, firstname);
};
