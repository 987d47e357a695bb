import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { IconCheck, IconCopy, IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface SecretRevealProps {
  /** The secret to show; the modal is open while it is set. */
  secret: string | undefined;
  title: string;
  onClose: () => void;
}

/** A secret the server shows once (API keys, webhook signing secrets): copy it now, it is never shown again. */
export function SecretReveal({ secret, title, onClose }: SecretRevealProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={secret !== undefined} onClose={onClose} title={title} closeOnClickOutside={false}>
      <Stack gap="sm">
        <Alert color="yellow" variant="light" icon={<IconKey size={18} />}>
          {t('secret.once')}
        </Alert>
        <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }} data-testid="revealed-secret">
          {secret}
        </Code>
        <Group justify="space-between">
          <CopyButton value={secret ?? ''}>
            {({ copied, copy }) => (
              <Button
                variant="light"
                color={copied ? 'teal' : undefined}
                leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                onClick={copy}
              >
                {copied ? t('secret.copied') : t('secret.copy')}
              </Button>
            )}
          </CopyButton>
          <Button onClick={onClose}>{t('secret.done')}</Button>
        </Group>
        <Text size="xs" c="dimmed">
          {t('secret.hint')}
        </Text>
      </Stack>
    </Modal>
  );
}
