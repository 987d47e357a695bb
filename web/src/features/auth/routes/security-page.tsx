import { Button, SimpleGrid, Stack } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { useAccess } from '@/lib/auth/use-access';
import { EmailCard } from '../components/email-card';
import { PasswordCard } from '../components/password-card';
import { IdentitiesCard } from '../components/identities-card';
import { LeaveCard } from '../components/leave-card';
import { SessionsCard } from '../components/sessions-card';
import { TwoFactorCard } from '../components/two-factor-card';
import wrapping from '../components/wrapping-button.module.css';

/** The signed-in admin's own account security: password, e-mail, authenticator app, recovery codes, sessions, linked sign-on identities; the way to the sign-on providers for those who manage settings. */
export function SecurityPage() {
  const { t } = useTranslation('security');
  const access = useAccess();
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('title')}
        description={t('subtitle')}
        actions={
          access?.can('settings.manage') && (
            <Button
              component={Link}
              to="/security/sso-providers"
              classNames={wrapping}
              variant="light"
              leftSection={<IconKey size={16} aria-hidden />}
            >
              {t('ssoAdmin.title')}
            </Button>
          )
        }
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <PasswordCard />
        <TwoFactorCard />
        <EmailCard />
      </SimpleGrid>
      <SessionsCard />
      <IdentitiesCard />
      <LeaveCard />
    </Stack>
  );
}
