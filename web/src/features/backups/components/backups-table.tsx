import { ActionIcon, Badge, Button, Code, CopyButton, Group, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconCopy, IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/error-message';
import { formatDateTime } from '@/lib/format';
import { downloadBackup, type Backup } from '../api/backups';
import { formatSize, shortChecksum } from './backup-words';

function Verified({ backup }: { backup: Backup }) {
  const { t, i18n } = useTranslation('backups');
  const v = backup.verification;
  if (!v)
    return (
      <Badge color="gray" variant="light">
        {t('verified.pending')}
      </Badge>
    );
  return (
    <Tooltip label={`${formatDateTime(v.verified_at, i18n.language)} · ${v.detail}`} multiline maw={320}>
      <Badge color={v.ok ? 'green' : 'red'} variant="light" tabIndex={0}>
        {v.ok ? t('verified.ok') : t('verified.failed')}
      </Badge>
    </Tooltip>
  );
}

/** The backups on disk, newest first: when, how big, checksum, sealed, self-test verdict, kind, and a download. */
export function BackupsTable({ backups }: { backups: Backup[] }) {
  const { t, i18n } = useTranslation('backups');
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="backups-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('fields.takenAt')}</Table.Th>
            <Table.Th>{t('fields.size')}</Table.Th>
            <Table.Th>{t('fields.checksum')}</Table.Th>
            <Table.Th>{t('fields.sealed')}</Table.Th>
            <Table.Th>{t('fields.verified')}</Table.Th>
            <Table.Th>{t('fields.kind')}</Table.Th>
            <Table.Th>
              <span className="gh-visually-hidden">{t('fields.actions')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {backups.map((b) => (
            <Table.Tr key={b.name} data-backup={b.name}>
              <Table.Td>{formatDateTime(b.taken_at, i18n.language)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatSize(b.size_bytes, i18n.language)}</Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Code title={b.checksum} data-testid="backup-checksum" data-checksum={b.checksum}>
                    {shortChecksum(b.checksum)}
                  </Code>
                  <CopyButton value={b.checksum}>
                    {({ copied, copy }) => (
                      <ActionIcon
                        variant="subtle"
                        size="sm"
                        onClick={copy}
                        aria-label={t('copyChecksum', { name: b.name })}
                      >
                        {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
                      </ActionIcon>
                    )}
                  </CopyButton>
                </Group>
              </Table.Td>
              <Table.Td>
                {b.encrypted ? (
                  <Badge variant="light">{t('sealed.yes')}</Badge>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('sealed.no')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Verified backup={b} />
              </Table.Td>
              <Table.Td>{t(`kind.${b.database === 'postgres' ? 'postgres' : 'sqlite'}`)}</Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconDownload size={14} />}
                  aria-label={t('download', { name: b.name })}
                  onClick={() =>
                    void downloadBackup(b).catch((e: unknown) =>
                      notifications.show({ color: 'red', title: t('downloadFailed'), message: errorMessage(e).detail }),
                    )
                  }
                >
                  {t('downloadShort')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
