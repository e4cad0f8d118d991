import { Message } from '@strapi/icons';
import { useAuth } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { styled } from 'styled-components';

import { useInboxUpdates } from '../hooks/useInboxUpdates';
import { PERMISSIONS } from '../permissions';
import { isGranted } from '../sections';
import { getTranslation } from '../utils/getTranslation';

import type { SVGProps } from 'react';

const Frame = styled.span`
  position: relative;
  display: inline-flex;
`;

/** Placed like the counter Strapi draws for a menu link's `notificationsCount`. */
const Counter = styled.span`
  position: absolute;
  top: -0.8rem;
  right: -1.2rem;
  min-width: 1.8rem;
  height: 1.8rem;
  padding: 0 0.4rem;
  border-radius: 0.9rem;
  background: ${({ theme }) => theme.colors.primary600};
  color: ${({ theme }) => theme.colors.neutral0};
  font-size: 1.1rem;
  font-weight: 600;
  line-height: 1.8rem;
  text-align: center;
`;

const OpenRequests = () => {
  const { formatMessage } = useIntl();
  const open = useInboxUpdates('badge')?.open ?? 0;

  return open > 0 ? (
    <Counter
      title={formatMessage(
        {
          id: getTranslation('menu.openRequests'),
          defaultMessage: '{count, plural, one {# open request} other {# open requests}}',
        },
        { count: open },
      )}
    >
      {open > 99 ? '99+' : open}
    </Counter>
  ) : null;
};

/**
 * The menu entry's icon with the number of open requests. Strapi 5.54 draws a menu link's
 * `notificationsCount` only from the value given at registration, so a live count has to come
 * from the icon itself, which the menu renders as a component.
 */
const InboxMenuIcon = (props: SVGProps<SVGSVGElement>) => {
  const permissions = useAuth('InboxMenuIcon', (auth) => auth.permissions);

  return (
    <Frame>
      <Message {...props} />
      {isGranted(PERMISSIONS.inboxRead, permissions) ? <OpenRequests /> : null}
    </Frame>
  );
};

export { InboxMenuIcon };
