import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconClock, IconInfoCircle } from '@tabler/icons-react';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Link as RouterLink, useSearchParams } from 'react-router';
import { ApiError, isApiError } from '@/lib/api/problem';
import { useSession } from '@/lib/auth/use-session';
import { errorMessage } from '@/lib/error-message';
import { formatDuration } from '@/lib/format';
import { useSetupStatus } from '../api/get-setup-status';
import { useLogin } from '../api/login';
import { AuthLayout } from '@/components/auth-layout';
import { safeNext } from '../components/safe-next';
import { SsoButtons } from '../components/sso-buttons';
import { SsoTwoFactorForm } from '../components/sso-two-factor-form';

/** Why a single sign-on came back to this page (the server's ?sso= codes). */
const ssoReasons = [
  'expired',
  'failed',
  'denied',
  'email-unverified',
  'no-email',
  'no-subject',
  'no-account',
  'account-disabled',
  'account-banned',
  'unreachable',
] as const;
type SsoReason = (typeof ssoReasons)[number];
const isSsoReason = (value: string): value is SsoReason => (ssoReasons as readonly string[]).includes(value);

/** Seconds left before another attempt is allowed; `start` is called from the failed sign-in. */
function useCountdown(): [number, (seconds: number) => void] {
  const [clock, setClock] = useState<{ until: number; now: number }>();
  useEffect(() => {
    if (!clock) return;
    const id = setInterval(() => setClock((c) => (c ? { ...c, now: Date.now() } : c)), 1000);
    return () => clearInterval(id);
  }, [clock?.until]); // eslint-disable-line react-hooks/exhaustive-deps -- restart only for a new deadline
  const start = useCallback((seconds: number) => {
    const now = Date.now();
    setClock({ until: now + seconds * 1000, now });
  }, []);
  return [clock ? Math.max(0, Math.ceil((clock.until - clock.now) / 1000)) : 0, start];
}

export function LoginPage({ toolbar }: { toolbar: ReactNode }) {
  const { t, i18n } = useTranslation('auth');
  const session = useSession();
  const [params] = useSearchParams();
  const login = useLogin();
  const setup = useSetupStatus();
  const [wait, startCountdown] = useCountdown();
  const { t: tSecurity } = useTranslation('security');
  const [step, setStep] = useState<'password' | 'code' | 'new-password'>('password');
  const form = useForm({
    initialValues: { email: '', password: '', code: '', new_password: '' },
    validate: {
      email: (v) => (v.trim() ? null : t('login.emailRequired')),
      password: (v) => (v ? null : t('login.passwordRequired')),
    },
  });
  // A failed sign-in's alert goes as soon as the admin starts fixing the fields.
  const loginError = login.error;
  const resetLogin = login.reset;
  const clearFailure = () => {
    if (loginError && wait === 0) resetLogin();
  };
  form.watch('email', clearFailure);
  form.watch('password', clearFailure);

  if (session.status === 'authenticated') return <Navigate to={safeNext(params.get('next'))} replace />;

  // The second step appears when the server asks for it: a code (two-factor), a new password (temporary one).
  const needsCode = step === 'code';
  const needsNewPassword = step === 'new-password';
  const submit = form.onSubmit((values) =>
    login.mutate(
      {
        email: values.email,
        password: values.password,
        code: values.code || undefined,
        new_password: values.new_password || undefined,
      },
      {
        onError: (error) => {
          if (isApiError(error, 'two-factor-required') || isApiError(error, 'invalid-two-factor-code')) setStep('code');
          if (isApiError(error, 'invalid-two-factor-code')) form.setFieldError('code', tSecurity('login.codeInvalid'));
          if (isApiError(error, 'password-change-required')) setStep('new-password');
          if (error instanceof ApiError) {
            form.setErrors(error.fieldErrors);
            const retry = error.number('retry_after_seconds');
            if (retry) startCountdown(retry);
          }
        },
      },
    ),
  );

  const sso = params.get('sso');
  if (sso === 'two-factor')
    return (
      <AuthLayout title={t('login.title')} subtitle={tSecurity('login.codeTitle')} toolbar={toolbar}>
        <SsoTwoFactorForm />
      </AuthLayout>
    );
  const ssoFailure = sso ? tSecurity(`sso.errors.${isSsoReason(sso) ? sso : 'failed'}`) : undefined;

  const language = i18n.resolvedLanguage ?? 'en';
  const failure = login.error ? describe(login.error, wait, language, t) : undefined;

  return (
    <AuthLayout title={t('login.title')} subtitle={t('login.subtitle')} toolbar={toolbar}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {session.status === 'anonymous' && session.reason === 'expired' && !login.error && (
            <Alert color="yellow" variant="light" icon={<IconInfoCircle size={18} />} role="status">
              {t('login.expired')}
            </Alert>
          )}
          {ssoFailure && !login.error && (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertTriangle size={18} />}
              role="alert"
              data-testid="sso-error"
            >
              {ssoFailure}
            </Alert>
          )}
          {failure && (
            <Alert
              color={failure.tone}
              variant="light"
              icon={failure.tone === 'yellow' ? <IconClock size={18} /> : <IconAlertTriangle size={18} />}
              title={failure.title}
              role="alert"
              data-testid="login-error"
            >
              {failure.detail}
            </Alert>
          )}
          <TextInput
            label={t('login.email')}
            type="email"
            autoComplete="username"
            required
            autoFocus
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('login.password')}
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          {needsCode && (
            <TextInput
              label={tSecurity('login.code')}
              description={tSecurity('login.codeHelp')}
              autoComplete="one-time-code"
              autoFocus
              data-testid="login-code"
              {...form.getInputProps('code')}
            />
          )}
          {needsNewPassword && (
            <PasswordInput
              label={tSecurity('login.newPassword')}
              description={tSecurity('login.newPasswordHelp')}
              autoComplete="new-password"
              autoFocus
              {...form.getInputProps('new_password')}
            />
          )}
          <Button type="submit" loading={login.isPending} disabled={wait > 0} fullWidth size="md">
            {wait > 0 ? t('login.waiting', { wait: formatDuration(wait, language) }) : t('login.submit')}
          </Button>
          <SsoButtons />
          {setup.data?.needed && (
            <Text size="sm" ta="center">
              {t('login.setupNeeded')}{' '}
              <Anchor component={RouterLink} to="/setup">
                {t('login.setupLink')}
              </Anchor>
            </Text>
          )}
        </Stack>
      </form>
    </AuthLayout>
  );
}

type T = ReturnType<typeof useTranslation<'auth'>>['t'];

function describe(error: unknown, wait: number, language: string, t: T) {
  if (isApiError(error, 'invalid-credentials'))
    return { tone: 'red', title: t('login.errors.invalidTitle'), detail: t('login.errors.invalid') };
  if (isApiError(error, 'account-locked'))
    return {
      tone: 'yellow',
      title: t('login.errors.lockedTitle'),
      detail:
        wait > 0 ? t('login.errors.locked', { wait: formatDuration(wait, language) }) : t('login.errors.lockedOver'),
    };
  if (isApiError(error, 'rate-limited'))
    return {
      tone: 'yellow',
      title: t('login.errors.rateLimitedTitle'),
      detail:
        wait > 0
          ? t('login.errors.rateLimited', { wait: formatDuration(wait, language) })
          : t('login.errors.lockedOver'),
    };
  if (isApiError(error, 'account-disabled'))
    return {
      tone: 'red',
      title: t('login.errors.disabledTitle'),
      detail: error.problem.detail ?? t('login.errors.disabled'),
    };
  if (isApiError(error, 'account-banned'))
    return { tone: 'red', title: t('login.errors.bannedTitle'), detail: t('login.errors.banned') };
  if (isApiError(error, 'validation')) return undefined;
  // The second step's field says what is needed; no alert on top of it.
  if (isApiError(error, 'two-factor-required') || isApiError(error, 'password-change-required')) return undefined;
  if (isApiError(error, 'invalid-two-factor-code')) return undefined;
  const { title, detail } = errorMessage(error);
  return { tone: 'red', title, detail };
}
