import { Anchor, Loader, Modal, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { RelativeTime } from '@/components/relative-time';
import { useInviteUses } from '../api/list-invite-uses';
import type { Invite } from '../api/list-invites';

type Kind = 'created' | 'returned' | 'joined';

/** Who came in through an invite, each linked to their profile. */
export function InviteUsesDialog({ invite, onClose }: { invite: Invite | undefined; onClose: () => void }) {
  const { t } = useTranslation('invites');
  const { t: tc } = useTranslation();
  const uses = useInviteUses(invite?.code);
  let body;
  if (uses.isPending) body = <Loader aria-label={tc('loading')} />;
  else if (uses.isError) body = <ErrorState error={uses.error} onRetry={() => void uses.refetch()} />;
  else if (uses.data.length === 0) body = <Text size="sm">{t('uses.none')}</Text>;
  else
    body = (
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('uses.member')}</Table.Th>
            <Table.Th>{t('uses.kind')}</Table.Th>
            <Table.Th>{t('uses.when')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {uses.data.map((u) => (
            <Table.Tr key={`${u.user_id}-${u.used_at}`}>
              <Table.Td>
                <Anchor component={Link} to={`/members/${u.user_id}`} size="sm">
                  {u.username ?? u.user_id}
                </Anchor>
              </Table.Td>
              <Table.Td>{t(`uses.kinds.${u.kind as Kind}`)}</Table.Td>
              <Table.Td>
                <RelativeTime value={u.used_at} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    );
  return (
    <Modal opened={invite !== undefined} onClose={onClose} title={t('uses.title', { code: invite?.code ?? '' })}>
      {body}
    </Modal>
  );
}
