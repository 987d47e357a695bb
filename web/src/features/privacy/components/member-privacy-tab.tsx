import { Alert, Button, Card, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { userQueryOptions } from '@/lib/api/get-user';
import { useEraseMember, useExportMemberData } from '../api/member-privacy';

/** On a member's profile: download everything about them, or erase them (typed confirmation, cannot be undone). */
export function MemberPrivacyTab({ memberId }: { memberId: string }) {
  const { t } = useTranslation('privacy');
  const member = useQuery(userQueryOptions(memberId));
  const exporter = useExportMemberData();
  const erase = useEraseMember();
  const [typed, setTyped] = useState('');
  const [done, setDone] = useState(false);
  const username = member.data?.username ?? '';
  return (
    <Stack gap="md" maw={720}>
      <Card withBorder>
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('member.exportTitle')}
          </Title>
          <Text size="sm">{t('member.exportBody')}</Text>
          <Group>
            <Button
              leftSection={<IconDownload size={16} />}
              variant="default"
              loading={exporter.isPending}
              onClick={() =>
                exporter.mutate(memberId, {
                  onError: (e) =>
                    notifications.show({ color: 'red', title: t('member.exportFailed'), message: e.message }),
                })
              }
            >
              {t('member.export')}
            </Button>
          </Group>
        </Stack>
      </Card>
      <Card withBorder>
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('member.eraseTitle')}
          </Title>
          {done ? (
            <Alert color="green" data-testid="erase-done">
              {t('member.erased')}
            </Alert>
          ) : (
            <>
              <Alert color="red" title={t('member.cannotUndo')}>
                <List size="sm">
                  <List.Item>{t('member.what.profile')}</List.Item>
                  <List.Item>{t('member.what.sessions')}</List.Item>
                  <List.Item>{t('member.what.analytics')}</List.Item>
                  <List.Item>{t('member.what.audit')}</List.Item>
                  <List.Item>{t('member.what.moderation')}</List.Item>
                </List>
              </Alert>
              <TextInput
                label={t('member.typeToConfirm', { username })}
                value={typed}
                onChange={(e) => setTyped(e.currentTarget.value)}
                autoComplete="off"
                data-testid="erase-confirm"
              />
              <Group>
                <Button
                  color="red"
                  leftSection={<IconTrash size={16} />}
                  disabled={!username || typed !== username}
                  loading={erase.isPending}
                  onClick={() =>
                    erase.mutate(memberId, {
                      onSuccess: () => setDone(true),
                      onError: (e) =>
                        notifications.show({ color: 'red', title: t('member.eraseFailed'), message: e.message }),
                    })
                  }
                >
                  {t('member.erase')}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      </Card>
    </Stack>
  );
}
