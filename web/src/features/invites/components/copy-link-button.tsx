import { ActionIcon, CopyButton, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { inviteLink } from './invite-link';

export function CopyLinkButton({ code }: { code: string }) {
  const { t } = useTranslation('invites');
  return (
    <CopyButton value={inviteLink(code)}>
      {({ copied, copy }) => (
        <Tooltip label={copied ? t('copied') : t('copy')}>
          <ActionIcon
            variant="subtle"
            color={copied ? 'teal' : undefined}
            onClick={copy}
            aria-label={t('copyFor', { code })}
          >
            {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
          </ActionIcon>
        </Tooltip>
      )}
    </CopyButton>
  );
}
