import { UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberSort } from '../api/list-users';
import classes from './members-table.module.css';
import { nextSort, type SortKey } from './sort-order';

interface SortHeaderProps {
  column: SortKey;
  sort: MemberSort;
  onSort: (sort: MemberSort) => void;
  className?: string;
  children: ReactNode;
}

/** A column header that sorts the list on the server; aria-sort says how it is sorted now. */
export function SortHeader({ column, sort, onSort, className, children }: SortHeaderProps) {
  const { t } = useTranslation('members');
  const direction = sort === column ? 'ascending' : sort === `-${column}` ? 'descending' : 'none';
  const Icon = direction === 'ascending' ? IconArrowUp : direction === 'descending' ? IconArrowDown : IconArrowsSort;
  return (
    <div role="columnheader" aria-sort={direction} className={className}>
      <UnstyledButton
        className={classes.sortButton}
        onClick={() => onSort(nextSort(column, sort))}
        data-testid={`sort-${column}`}
      >
        {children}
        <Icon size={14} aria-hidden className={direction === 'none' ? classes.sortIdle : undefined} />
        <span className="gh-visually-hidden">{t('table.sortHint')}</span>
      </UnstyledButton>
    </div>
  );
}
