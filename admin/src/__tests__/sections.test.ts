import type { Permission } from '@strapi/strapi/admin';

import { ACTIONS } from '../../../shared/contracts/permissions/actions';
import { landingSection, openableSectionGroups } from '../sections';

const granted = (...actions: string[]): Permission[] => actions.map((action) => ({ action, subject: null }));

const paths = (permissions: Permission[]) =>
  openableSectionGroups(permissions).map((group) => [
    group.id,
    group.sections.map((section) => section.path),
  ]);

describe('openableSectionGroups', () => {
  it('shows an administrator both groups, in menu order', () => {
    expect(paths(granted(ACTIONS.settingsRead, ACTIONS.inboxRead))).toEqual([
      ['configuration', ['setup', 'workstreams']],
      ['conversations', ['inbox']],
    ]);
  });

  it('shows an agent only the inbox and drops the empty configuration group', () => {
    expect(paths(granted(ACTIONS.inboxRead, ACTIONS.inboxReply))).toEqual([['conversations', ['inbox']]]);
  });

  it('shows a settings reader only the configuration sections', () => {
    expect(paths(granted(ACTIONS.settingsRead))).toEqual([['configuration', ['setup', 'workstreams']]]);
  });

  it('ignores write actions that come without the matching read action', () => {
    expect(paths(granted(ACTIONS.settingsManage, ACTIONS.inboxManage))).toEqual([]);
  });

  it('matches on subject as Page.Protect does', () => {
    expect(paths([{ action: ACTIONS.inboxRead, subject: 'plugin::sms-channel.conversation' }])).toEqual([]);
  });
});

describe('landingSection', () => {
  it('lands an administrator on setup', () => {
    expect(landingSection(granted(ACTIONS.inboxRead, ACTIONS.settingsRead)).path).toBe('setup');
  });

  it('lands an agent who may not open setup on the inbox', () => {
    expect(landingSection(granted(ACTIONS.inboxRead)).path).toBe('inbox');
  });

  it('lands a user without any section on setup, whose permission gate explains the refusal', () => {
    expect(landingSection([]).path).toBe('setup');
  });
});
