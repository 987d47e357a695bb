import { Loader, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { ScrollRegion } from '@/components/scroll-region';
import { useRegister } from '../api/get-register';

/** The register of processing activities (GDPR art. 30), one row per activity a feature declares. */
export function RegisterTable() {
  const { t } = useTranslation('privacy');
  const query = useRegister();
  if (query.isPending) return <Loader aria-label={t('loading')} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <ScrollRegion label={t('register.title')} minWidth={900}>
      <Table striped verticalSpacing="xs" data-testid="privacy-register">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('register.activity')}</Table.Th>
            <Table.Th scope="col">{t('register.categories')}</Table.Th>
            <Table.Th scope="col">{t('register.purpose')}</Table.Th>
            <Table.Th scope="col">{t('register.basis')}</Table.Th>
            <Table.Th scope="col">{t('register.retention')}</Table.Th>
            <Table.Th scope="col">{t('register.recipients')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {query.data.items.map((a) => (
            <Table.Tr key={`${a.feature}-${a.name}`}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {a.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {a.feature}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{a.data_categories.join(', ')}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{a.purpose}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{a.legal_basis}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{a.retention}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{a.recipients.join(', ')}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}
