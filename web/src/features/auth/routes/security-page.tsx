import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { PasswordCard } from '../components/password-card';
import { IdentitiesCard } from '../components/identities-card';
import { LeaveCard } from '../components/leave-card';
import { SessionsCard } from '../components/sessions-card';
import { TwoFactorCard } from '../components/two-factor-card';

/** The signed-in admin's own account security: password, authenticator app, recovery codes, sessions, linked sign-on identities. */
export function SecurityPage() {
  const { t } = useTranslation('security');
  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} description={t('subtitle')} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <PasswordCard />
        <TwoFactorCard />
      </SimpleGrid>
      <SessionsCard />
      <IdentitiesCard />
      <LeaveCard />
    </Stack>
  );
}
