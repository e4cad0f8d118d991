import type { ReactNode } from 'react';

import { Grid, Typography } from '@strapi/design-system';
import { useIntl, type MessageDescriptor } from 'react-intl';

/** A read-only list of settings: label on the left, value on the right (stacked on small screens). */
const SummaryList = ({ children }: { children: ReactNode }) => (
  <Grid.Root tag="dl" gap={4} style={{ margin: 0 }}>
    {children}
  </Grid.Root>
);

const SummaryRow = ({ label, children }: { label: MessageDescriptor; children: ReactNode }) => {
  const { formatMessage } = useIntl();

  return (
    <>
      <Grid.Item col={3} s={12}>
        <Typography variant="sigma" textColor="neutral600" tag="dt">
          {formatMessage(label)}
        </Typography>
      </Grid.Item>
      <Grid.Item col={9} s={12} tag="dd" style={{ margin: 0 }}>
        {children}
      </Grid.Item>
    </>
  );
};

export { SummaryList, SummaryRow };
