import { errors } from '@strapi/utils';
import { errorArguments } from '../../../shared/contracts/errors/problem';
import type { Context } from 'koa';

/** The signed-in admin user's id; admin routes only run after the admin JWT was checked. */
export const currentAdminId = (ctx: Context): number => {
  const user: unknown = ctx.state.user;
  const id = typeof user === 'object' && user !== null ? (user as { id?: unknown }).id : undefined;
  if (typeof id !== 'number') throw new errors.UnauthorizedError(...errorArguments('auth.signInRequired'));
  return id;
};

/** Whether the signed-in admin user's role grants `action` (their ability was built by the admin JWT check). */
export const currentUserMay = (ctx: Context, action: string): boolean => {
  const ability: unknown = ctx.state.userAbility;
  return (
    typeof ability === 'object' &&
    ability !== null &&
    typeof (ability as { can?: unknown }).can === 'function' &&
    (ability as { can(action: string): boolean }).can(action)
  );
};
