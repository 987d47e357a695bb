import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/problem';
import { errorMessage } from '@/lib/error-message';
import { useConfirmSsoTwoFactor } from '../api/sso';

/** After a single sign-on, for members with an authenticator app: the code, then the panel. */
export function SsoTwoFactorForm() {
  const { t } = useTranslation('security');
  const confirm = useConfirmSsoTwoFactor();
  const form = useForm({
    initialValues: { code: '' },
    validate: { code: (v) => (v.trim() ? null : t('login.codeHelp')) },
  });
  const submit = form.onSubmit((values) =>
    confirm.mutate(values.code.trim(), {
      onError: (error) =>
        form.setFieldError(
          'code',
          isApiError(error, 'invalid-two-factor-code') ? t('login.codeInvalid') : errorMessage(error).detail,
        ),
    }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('sso.codeNeeded')}</Text>
        <TextInput
          label={t('login.code')}
          description={t('login.codeHelp')}
          autoComplete="one-time-code"
          autoFocus
          data-testid="sso-code"
          {...form.getInputProps('code')}
        />
        <Button type="submit" loading={confirm.isPending} fullWidth size="md">
          {t('sso.continue')}
        </Button>
      </Stack>
    </form>
  );
}
