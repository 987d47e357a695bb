import { Button, Menu, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { useDownloadRegister } from '../api/get-register';
import { ConsentTexts } from '../components/consent-texts';
import { RegisterTable } from '../components/register-table';
import { RetentionSettings } from '../components/retention-settings';

/** Privacy (GDPR): the register of processing activities, retention settings and consent texts. */
export function PrivacyPage() {
  const { t } = useTranslation('privacy');
  const download = useDownloadRegister();
  const run = (format: 'csv' | 'json') =>
    download.mutate(format, {
      onError: (e) => notifications.show({ color: 'red', title: t('register.downloadFailed'), message: e.message }),
    });
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Menu position="bottom-end">
            <Menu.Target>
              <Button leftSection={<IconDownload size={16} />} variant="default" loading={download.isPending}>
                {t('register.download')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => run('csv')}>CSV</Menu.Item>
              <Menu.Item onClick={() => run('json')}>JSON</Menu.Item>
            </Menu.Dropdown>
          </Menu>
        }
      />
      <Stack gap="xl">
        <section aria-labelledby="privacy-register">
          <Title id="privacy-register" order={2} size="h4" mb="sm">
            {t('register.title')}
          </Title>
          <RegisterTable />
        </section>
        <section aria-labelledby="privacy-retention">
          <Title id="privacy-retention" order={2} size="h4" mb="sm">
            {t('retention.title')}
          </Title>
          <RetentionSettings />
        </section>
        <section aria-labelledby="privacy-consents">
          <Title id="privacy-consents" order={2} size="h4" mb="sm">
            {t('consents.title')}
          </Title>
          <ConsentTexts />
        </section>
      </Stack>
    </>
  );
}
