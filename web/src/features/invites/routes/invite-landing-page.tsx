import { Alert, Anchor, Badge, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { AuthLayout } from '@/components/auth-layout';
import { isApiError } from '@/lib/api/problem';
import { errorMessage } from '@/lib/error-message';
import { useSession } from '@/lib/auth/use-session';
import { useAcceptInvite, useInviteLanding } from '../api/invite-landing';
import { AcceptInviteForm } from '../components/accept-invite-form';

type Outcome = 'created' | 'returned' | 'joined';
type State = 'expired' | 'used_up' | 'revoked';

/** The page an invite link opens: works signed out, creates the account, or joins when signed in. */
export function InviteLandingPage({ toolbar }: { toolbar: ReactNode }) {
  const { t } = useTranslation('invites');
  const { code = '' } = useParams();
  const session = useSession();
  const signedIn = session.status === 'authenticated';
  const landing = useInviteLanding(code);
  const accept = useAcceptInvite(code, signedIn);

  let body: ReactNode;
  if (landing.isPending || session.status === 'restoring')
    body = (
      <Center>
        <Loader aria-label={t('landing.loading')} />
      </Center>
    );
  else if (landing.isError)
    body = (
      <Alert color="red" variant="light" role="alert">
        {isApiError(landing.error, 'not-found') ? t('landing.unknown') : errorMessage(landing.error).detail}
      </Alert>
    );
  else if (accept.isSuccess)
    body = (
      <Stack>
        <Alert color="teal" variant="light" role="status">
          {t(`landing.done.${accept.data.outcome as Outcome}`)}
        </Alert>
        <Button component={RouterLink} to={signedIn ? '/' : '/login'}>
          {signedIn ? t('landing.open') : t('landing.toLogin')}
        </Button>
      </Stack>
    );
  else if (landing.data.state !== 'active')
    body = (
      <Alert color="yellow" variant="light" role="alert">
        {t(`landing.state.${landing.data.state as State}`)}
      </Alert>
    );
  else
    body = (
      <Stack gap="md">
        {landing.data.roles.length > 0 && (
          <Group gap={4} justify="center" aria-label={t('landing.roles')}>
            <Text size="sm">{t('landing.roles')}</Text>
            {landing.data.roles.map((r) => (
              <Badge key={r} variant="light" tt="none">
                {r}
              </Badge>
            ))}
          </Group>
        )}
        {signedIn ? (
          <>
            {accept.error && (
              <Alert color="red" variant="light" role="alert">
                {errorMessage(accept.error).detail}
              </Alert>
            )}
            <Button loading={accept.isPending} onClick={() => accept.mutate(undefined)} fullWidth>
              {t('landing.join')}
            </Button>
          </>
        ) : (
          <>
            <AcceptInviteForm
              pending={accept.isPending}
              error={accept.error}
              onAccept={(input, onError) => accept.mutate(input, { onError })}
            />
            <Text size="sm" ta="center">
              {t('landing.haveAccount')}{' '}
              <Anchor
                component={RouterLink}
                underline="always"
                to={`/login?next=${encodeURIComponent(`/invite/${code}`)}`}
              >
                {t('landing.signIn')}
              </Anchor>
            </Text>
          </>
        )}
      </Stack>
    );

  return (
    <AuthLayout title={t('landing.title')} subtitle={t('landing.subtitle')} toolbar={toolbar}>
      {body}
    </AuthLayout>
  );
}
