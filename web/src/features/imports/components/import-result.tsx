import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '@/lib/error-message';
import { useDownloadPasswordLinks, type MemberImport } from '../api/member-import';

type CommitResult = NonNullable<MemberImport['result']>;

/** What the commit wrote, and how the members created get their set-password links (mailed, or a file to download once). */
export function ImportResult({ id, result }: { id: string; result: CommitResult }) {
  const { t } = useTranslation('imports');
  const download = useDownloadPasswordLinks(id);
  const links = result.password_links;
  const waiting = links != null && links.in_file > 0 && links.downloaded_at == null && !download.isSuccess;
  return (
    <Alert color="green" title={t('result.title')} data-testid="import-result">
      <Stack gap="xs">
        <Text>{t('result.body', { ...result })}</Text>
        {links != null && links.mailed + links.in_file < links.issued && (
          <Text size="sm">{t('result.linksMailing', { count: links.issued - links.in_file })}</Text>
        )}
        {links != null && links.mailed > 0 && links.mailed + links.in_file === links.issued && (
          <Text size="sm">{t('result.linksMailed', { count: links.mailed })}</Text>
        )}
        {waiting && (
          <>
            <Text size="sm">{t('result.linksOnce', { count: links.in_file })}</Text>
            <Button variant="light" loading={download.isPending} onClick={() => download.mutate()} w="fit-content">
              {t('result.downloadLinks', { count: links.in_file })}
            </Button>
          </>
        )}
        {links != null && links.in_file > 0 && !waiting && <Text size="sm">{t('result.linksDownloaded')}</Text>}
        {download.error && (
          <Text size="sm" c="red" role="alert">
            {errorMessage(download.error).detail}
          </Text>
        )}
        {/* The alert's own text colour: the theme's link blue is too faint on its green background. */}
        <Anchor component={Link} to="/members" c="inherit" fw={600} underline="always">
          {t('result.members')}
        </Anchor>
      </Stack>
    </Alert>
  );
}
