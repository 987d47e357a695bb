import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { PAGE_HEADING } from '@/lib/page-heading';

interface PageHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
}

export function PageHeader({ title, description, actions }: PageHeaderProps) {
  return (
    <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm" mb="md">
      <Stack gap={2}>
        <Title order={1} size="h2" {...PAGE_HEADING}>
          {title}
        </Title>
        {description && (
          <Text c="dimmed" size="sm">
            {description}
          </Text>
        )}
      </Stack>
      {actions && <Group gap="xs">{actions}</Group>}
    </Group>
  );
}
