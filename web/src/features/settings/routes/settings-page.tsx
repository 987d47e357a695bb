import { Card, Group, Kbd, SegmentedControl, Stack, Table, Text, Title, useMantineColorScheme } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { languages } from '@/lib/i18n/resources';
import { isApple } from '@/lib/platform';

export function SettingsPage() {
  const { t, i18n } = useTranslation('settings');
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const mod = isApple() ? '⌘' : 'Ctrl';
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Stack gap="md" maw={720}>
        <Card withBorder padding="lg">
          <Title order={2} size="h4" mb={4} id="theme-heading">
            {t('theme.title')}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('theme.description')}
          </Text>
          <SegmentedControl
            aria-labelledby="theme-heading"
            value={colorScheme}
            onChange={(value) => setColorScheme(value as 'dark' | 'light' | 'auto')}
            data={[
              { value: 'dark', label: t('theme.dark') },
              { value: 'light', label: t('theme.light') },
              { value: 'auto', label: t('theme.auto') },
            ]}
          />
        </Card>
        <Card withBorder padding="lg">
          <Title order={2} size="h4" mb={4} id="language-heading">
            {t('language.title')}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('language.description')}
          </Text>
          <SegmentedControl
            aria-labelledby="language-heading"
            value={i18n.resolvedLanguage ?? 'en'}
            onChange={(value) => void i18n.changeLanguage(value)}
            data={languages.map((lng) => ({ value: lng, label: t(`language.names.${lng}`) }))}
          />
        </Card>
        <Card withBorder padding="lg">
          <Title order={2} size="h4" mb="sm">
            {t('shortcuts.title')}
          </Title>
          <Table>
            <Table.Tbody>
              <Table.Tr>
                <Table.Td>
                  <Group gap={4}>
                    <Kbd>{mod}</Kbd>+<Kbd>K</Kbd>
                  </Group>
                </Table.Td>
                <Table.Td>{t('shortcuts.palette')}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Td>
                  <Group gap={4}>
                    <Kbd>Space</Kbd> / <Kbd>↑</Kbd> <Kbd>↓</Kbd>
                  </Group>
                </Table.Td>
                <Table.Td>{t('shortcuts.reorder')}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Td>
                  <Kbd>Esc</Kbd>
                </Table.Td>
                <Table.Td>{t('shortcuts.close')}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Card>
      </Stack>
    </>
  );
}
