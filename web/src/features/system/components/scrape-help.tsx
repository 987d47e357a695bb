import { Anchor, Code, Stack, Text } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';

const prometheusDocs = 'https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config';

/** How to point Prometheus at /metrics: the scrape job, and who may read it. */
export function ScrapeHelp() {
  const { t } = useTranslation('system');
  const origin = typeof window === 'undefined' ? 'http://127.0.0.1:8080' : window.location.origin;
  const host = new URL(origin).host;
  const job = [
    'scrape_configs:',
    '  - job_name: gatehouse',
    '    metrics_path: /metrics',
    `    scheme: ${new URL(origin).protocol.replace(':', '')}`,
    '    static_configs:',
    `      - targets: ['${host}']`,
    '    # ' + t('scrape.credentialsComment'),
    '    # authorization: { credentials: <API key with settings.manage> }',
  ].join('\n');
  return (
    <Stack gap="sm">
      <Text size="sm">
        <Trans t={t} i18nKey="scrape.description" components={{ code: <Code /> }} />
      </Text>
      {/* Focusable: at phone width the snippet scrolls sideways, and the keyboard must reach it too. */}
      <Code block tabIndex={0} aria-label={t('scrape.title')}>
        {job}
      </Code>
      <Anchor href={prometheusDocs} target="_blank" rel="noreferrer" size="sm">
        {t('scrape.docsLink')}
      </Anchor>
    </Stack>
  );
}
