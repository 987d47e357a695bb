import { Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { PAGE_HEADING } from '@/lib/page-heading';
import classes from './auth-layout.module.css';

interface AuthLayoutProps {
  title: string;
  subtitle?: string;
  toolbar: ReactNode;
  children: ReactNode;
}

/** The centered card of the sign-in and set-up pages. */
export function AuthLayout({ title, subtitle, toolbar, children }: AuthLayoutProps) {
  return (
    <div className={classes.backdrop}>
      <Group justify="flex-end" p="sm" gap={4}>
        {toolbar}
      </Group>
      <Center component="main" className={classes.main} px="md">
        <Paper className={classes.card} p={{ base: 'lg', sm: 32 }} radius="md" shadow="lg" withBorder>
          <Stack gap={4} mb="lg" align="center" ta="center">
            <img src="/favicon.svg" alt="" width={48} height={48} />
            <Title order={1} size="h2" {...PAGE_HEADING}>
              {title}
            </Title>
            {subtitle && (
              <Text c="dimmed" size="sm">
                {subtitle}
              </Text>
            )}
          </Stack>
          {children}
        </Paper>
      </Center>
    </div>
  );
}
