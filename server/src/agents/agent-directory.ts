import type { Core } from '@strapi/strapi';
import { ACTIONS } from '../../../shared/contracts/permissions/actions';
import { problem, type Problem } from '../../../shared/contracts/errors/problem';
import type { AgentView } from '../../../shared/contracts/agents/agent.types';

const SUPER_ADMIN_ROLE = 'strapi-super-admin';
const FIELDS = ['id', 'firstname', 'lastname', 'email'];

interface AdminUserRow extends AgentView {
  isActive: boolean;
  roles?: Array<{ id: number }>;
}

const toAgentView = ({ id, firstname, lastname, email }: AgentView): AgentView => ({
  id,
  firstname,
  lastname,
  email,
});

/**
 * Admin users whose roles grant inbox-reply (the super admin role holds every action). Read from
 * the permission table rather than from each user's ability: one query for the roles, one for
 * the users, however many admins there are.
 */
export const createAgentDirectory = (strapi: Core.Strapi) => {
  const replyingRoleIds = async (): Promise<number[]> => {
    const [permissions, superAdmin] = await Promise.all([
      strapi.db.query('admin::permission').findMany({
        where: { action: ACTIONS.inboxReply },
        populate: { role: { select: ['id'] } },
      }) as Promise<Array<{ role: { id: number } | null }>>,
      strapi.db
        .query('admin::role')
        .findOne({ where: { code: SUPER_ADMIN_ROLE }, select: ['id'] }) as Promise<{
        id: number;
      } | null>,
    ]);
    const ids = permissions.flatMap((permission) => (permission.role ? [permission.role.id] : []));
    if (superAdmin) ids.push(superAdmin.id);
    return [...new Set(ids)];
  };

  return {
    /** Active agents, by name. */
    async list(): Promise<AgentView[]> {
      const users = (await strapi.db.query('admin::user').findMany({
        where: { isActive: true, roles: { id: { $in: await replyingRoleIds() } } },
        select: FIELDS,
        orderBy: [{ firstname: 'asc' }, { lastname: 'asc' }, { id: 'asc' }],
      })) as AgentView[];
      return users.map(toAgentView);
    },

    /** The agent with this id, or why that user cannot be given conversations. */
    async find(userId: number): Promise<{ agent: AgentView } | { problem: Problem }> {
      const user = (await strapi.db.query('admin::user').findOne({
        where: { id: userId },
        select: [...FIELDS, 'isActive'],
        populate: { roles: { select: ['id'] } },
      })) as AdminUserRow | null;
      if (!user) return { problem: problem('agent.notAdminUser', { userId }) };
      const name = [user.firstname, user.lastname].filter(Boolean).join(' ') || user.email;
      if (!user.isActive) {
        return { problem: problem('agent.deactivated', { name, userId }) };
      }
      const replying = new Set(await replyingRoleIds());
      if (!(user.roles ?? []).some((role) => replying.has(role.id))) {
        return { problem: problem('agent.mayNotReply', { name, userId }) };
      }
      return { agent: toAgentView(user) };
    },
  };
};

export type AgentDirectory = ReturnType<typeof createAgentDirectory>;
