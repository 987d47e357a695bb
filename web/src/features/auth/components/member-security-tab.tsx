import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SecretReveal } from '@/components/secret-reveal';
import { useAccess } from '@/lib/auth/use-access';
import { errorMessage } from '@/lib/error-message';
import { useResetMemberTwoFactor, useSendResetLink, useSetTemporaryPassword } from '../api/account-security';
import { SessionsCard } from './sessions-card';

/** A member's account security, for admins: sessions, a password-reset link (mailed when the server can), a temporary password, removing their authenticator app. */
export function MemberSecurityTab({ memberId }: { memberId: string }) {
  const { t } = useTranslation('security');
  const access = useAccess();
  const resetLink = useSendResetLink(memberId);
  const resetTwoFactor = useResetMemberTwoFactor(memberId);
  const temporary = useSetTemporaryPassword(memberId);
  const [link, setLink] = useState<string>();
  const [password, setPassword] = useState<string>();
  const [mailedTo, setMailedTo] = useState<string>();
  const canReset = access?.can('users.credentials') ?? false;
  const failure = resetLink.error ?? resetTwoFactor.error ?? temporary.error;
  return (
    <Stack gap="lg">
      <SessionsCard userId={memberId} />
      {canReset && (
        <Card withBorder padding="lg">
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('member.credentials')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('member.explain')}
            </Text>
            {failure && (
              <Alert color="red" variant="light" role="alert">
                {errorMessage(failure).detail}
              </Alert>
            )}
            {mailedTo && (
              <Alert color="teal" variant="light" role="status">
                {t('member.linkMailed', { email: mailedTo })}
              </Alert>
            )}
            {resetTwoFactor.isSuccess && (
              <Alert color="teal" variant="light" role="status">
                {t('member.twoFactorReset')}
              </Alert>
            )}
            <Group>
              <Button
                variant="light"
                loading={resetLink.isPending}
                onClick={() =>
                  resetLink.mutate(undefined, {
                    onSuccess: (r) => {
                      setMailedTo(r.mailed_to ?? undefined);
                      setLink(r.reset_url ?? undefined);
                    },
                  })
                }
              >
                {t('member.resetLink')}
              </Button>
              <Button
                variant="light"
                loading={temporary.isPending}
                onClick={() => temporary.mutate(undefined, { onSuccess: (r) => setPassword(r.password) })}
              >
                {t('member.temporaryPassword')}
              </Button>
              <Button
                variant="light"
                color="red"
                loading={resetTwoFactor.isPending}
                onClick={() => resetTwoFactor.mutate(undefined)}
              >
                {t('member.resetTwoFactor')}
              </Button>
            </Group>
          </Stack>
        </Card>
      )}
      <SecretReveal secret={link} title={t('member.linkTitle')} onClose={() => setLink(undefined)} />
      <SecretReveal secret={password} title={t('member.temporaryTitle')} onClose={() => setPassword(undefined)} />
    </Stack>
  );
}
