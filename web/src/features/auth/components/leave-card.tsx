import { Alert, Button, Card, Group, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/error-message';
import { useMe } from '@/lib/auth/get-me';
import { useLeaveCommunity } from '../api/leave';

/** Leaving, like Discord's "Leave server": explained first, confirmed by typing the username. The owner cannot leave. */
export function LeaveCard() {
  const { t } = useTranslation('security');
  const me = useMe();
  const leave = useLeaveCommunity();
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const user = me.data?.user;
  if (!user || user.is_owner) return null;
  const close = () => {
    setConfirming(false);
    setTyped('');
    leave.reset();
  };
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('leave.title')}
        </Title>
        <Text size="sm">{t('leave.body')}</Text>
        <Group>
          <Button color="red" variant="light" onClick={() => setConfirming(true)}>
            {t('leave.action')}
          </Button>
        </Group>
      </Stack>
      <Modal opened={confirming} onClose={close} title={t('leave.confirmTitle')}>
        <Stack gap="sm">
          <Text size="sm">{t('leave.confirmBody')}</Text>
          <TextInput
            label={t('leave.typeUsername', { username: user.username })}
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            autoComplete="off"
            data-autofocus
          />
          {leave.error && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(leave.error).detail}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('leave.cancel')}
            </Button>
            <Button
              color="red"
              disabled={typed !== user.username}
              loading={leave.isPending}
              onClick={() => leave.mutate()}
            >
              {t('leave.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
