import { Alert, Button, Card, PasswordInput, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/problem';
import { useChangePassword } from '../api/account-security';

/** Change your own password: the current one is required; your other sessions end. */
export function PasswordCard() {
  const { t } = useTranslation('security');
  const change = useChangePassword();
  const [ended, setEnded] = useState<number>();
  const form = useForm({
    initialValues: { current_password: '', new_password: '' },
    validate: {
      current_password: (v) => (v ? null : t('password.currentRequired')),
      new_password: (v) => (v.length >= 10 ? null : t('password.tooShort')),
    },
  });
  const submit = form.onSubmit((values) =>
    change.mutate(values, {
      onSuccess: (r) => {
        setEnded(r.sessions_ended);
        form.reset();
      },
      onError: (e) => {
        if (e instanceof ApiError) {
          if (e.kind === 'wrong-password') form.setFieldError('current_password', t('password.wrong'));
          else form.setErrors(e.fieldErrors);
        }
      },
    }),
  );
  return (
    <Card withBorder padding="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('password.title')}
          </Title>
          {ended !== undefined && (
            <Alert color="teal" variant="light" role="status">
              {t('password.done', { count: ended })}
            </Alert>
          )}
          <PasswordInput
            label={t('password.current')}
            autoComplete="current-password"
            {...form.getInputProps('current_password')}
          />
          <PasswordInput
            label={t('password.new')}
            autoComplete="new-password"
            {...form.getInputProps('new_password')}
          />
          <Button type="submit" loading={change.isPending} w="fit-content">
            {t('password.submit')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
