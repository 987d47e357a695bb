import { Badge, Code, Group, Loader, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { usePermissionCatalogue } from '@/lib/api/list-permissions';
import type { PermissionExplanation, PermissionInfo } from '@/lib/api/types';
import { useUserPermissions } from '../api/get-user-permissions';
import classes from './member-permissions-tab.module.css';

const rules = ['owner', 'user_deny', 'user_allow', 'administrator', 'role_deny', 'role_allow', 'none'] as const;
type Rule = (typeof rules)[number];

/** The effective permission set, grouped by area, each with the rule that decided it. */
export function MemberPermissionsTab({ memberId }: { memberId: string }) {
  const { t } = useTranslation('members');
  const query = useUserPermissions(memberId);
  const catalogue = usePermissionCatalogue();
  const [search, setSearch] = useState('');
  const [grantedOnly, setGrantedOnly] = useState(false);

  if (query.isPending) return <Loader aria-label={t('loading')} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;

  const info = new Map<string, PermissionInfo>((catalogue.data ?? []).map((p) => [p.name, p]));
  const needle = search.trim().toLowerCase();
  const rows = (query.data.explain ?? []).filter(
    (e) =>
      (!grantedOnly || e.granted) &&
      (!needle || e.permission.includes(needle) || info.get(e.permission)?.description.toLowerCase().includes(needle)),
  );
  const areas = new Map<string, PermissionExplanation[]>();
  for (const row of rows) {
    const area = info.get(row.permission)?.area ?? row.permission.split('.')[0] ?? row.permission;
    areas.set(area, [...(areas.get(area) ?? []), row]);
  }

  const why = (e: PermissionExplanation) => {
    const rule = ((rules as readonly string[]).includes(e.rule) ? e.rule : 'none') as Rule;
    return t(`permissions.rules.${rule}`, {
      role: e.role?.name ?? '',
      priority: e.role?.priority ?? 0,
      grant: e.matched_grant ?? e.permission,
    });
  };

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('permissions.help', { count: query.data.permissions.length })}
      </Text>
      <Group gap="sm">
        <TextInput
          aria-label={t('permissions.search')}
          placeholder={t('permissions.search')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
        <Switch
          label={t('permissions.grantedOnly')}
          checked={grantedOnly}
          onChange={(e) => setGrantedOnly(e.currentTarget.checked)}
        />
      </Group>
      {[...areas].map(([area, entries]) => (
        <section key={area} aria-labelledby={`area-${area}`}>
          <Title order={2} size="h5" id={`area-${area}`} tt="uppercase" c="dimmed" mb={4}>
            {t('permissions.area', { area })}
          </Title>

          <Table striped highlightOnHover withTableBorder className={classes.table}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w="35%">
                  {t('permissions.permission')}
                </Table.Th>
                <Table.Th scope="col" w={110}>
                  {t('permissions.effect')}
                </Table.Th>
                <Table.Th scope="col">{t('permissions.why')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((e) => (
                <Table.Tr key={e.permission} data-testid={`permission-${e.permission}`}>
                  <Table.Td>
                    <Code>{e.permission}</Code>
                    <Text size="xs" c="dimmed">
                      {info.get(e.permission)?.description}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={e.granted ? 'green' : 'gray'} variant={e.granted ? 'light' : 'outline'}>
                      {e.granted ? t('permissions.granted') : t('permissions.denied')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{why(e)}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </section>
      ))}
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('permissions.none')}
        </Text>
      )}
    </Stack>
  );
}
