import { Button, CloseButton, MultiSelect, Select, TextInput } from '@mantine/core';
import { DatePickerInput, type DatesRangeValue } from '@mantine/dates';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterPanel } from '@/components/filter-panel';
import { useRoles } from '@/lib/api/list-roles';
import { userStatuses } from '@/lib/api/types';
import { memberSorts, type MemberFilters } from '../api/list-users';

interface MembersFiltersProps {
  filters: MemberFilters;
  onChange: (change: Partial<MemberFilters>) => void;
  active: number;
  onClear: () => void;
}

function toDay(iso: string | undefined): string | null {
  return iso ? iso.slice(0, 10) : null;
}

/** The local calendar day `back` days before today, as the date picker writes it (YYYY-MM-DD). */
function localDay(back: number): string {
  const d = new Date();
  d.setDate(d.getDate() - back);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A comma-separated filter value (several statuses or roles) as a list, and back. */
const listOf = (value: string | undefined) => (value ? value.split(',').filter(Boolean) : []);
const joined = (values: string[]) => (values.length > 0 ? values.join(',') : undefined);

/** Search, filters and sort of the member list. Every change is a new server query. */
export function MembersFilters({ filters, onChange, active, onClear }: MembersFiltersProps) {
  const { t } = useTranslation('members');
  const roles = useRoles();
  const [q, setQ] = useState(filters.q ?? '');
  const [tag, setTag] = useState(filters.tag ?? '');
  const [externalId, setExternalId] = useState(filters.external_id ?? '');
  const pushQ = useDebouncedCallback((value: string) => onChange({ q: value.trim() || undefined }), 200);
  const pushTag = useDebouncedCallback((value: string) => onChange({ tag: value.trim() || undefined }), 300);
  const pushExternalId = useDebouncedCallback(
    (value: string) => onChange({ external_id: value.trim() || undefined }),
    300,
  );

  // Keep the inputs in step when the URL changes from elsewhere (clear, back button).
  const [seen, setSeen] = useState({ q: filters.q, tag: filters.tag, external_id: filters.external_id });
  if (seen.q !== filters.q || seen.tag !== filters.tag || seen.external_id !== filters.external_id) {
    setSeen({ q: filters.q, tag: filters.tag, external_id: filters.external_id });
    if ((filters.external_id ?? '') !== externalId.trim()) setExternalId(filters.external_id ?? '');
    if ((filters.q ?? '') !== q.trim()) setQ(filters.q ?? '');
    if ((filters.tag ?? '') !== tag.trim()) setTag(filters.tag ?? '');
  }

  const range: DatesRangeValue<string> = [toDay(filters.created_after), toDay(filters.created_before)];
  const yesNo = [
    { value: 'true', label: t('filters.yes') },
    { value: 'false', label: t('filters.no') },
  ];

  return (
    <FilterPanel
      label={t('filters.label')}
      active={active}
      primary={
        <TextInput
          label={t('filters.search')}
          placeholder={t('filters.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            pushQ(e.currentTarget.value);
          }}
          rightSection={
            q ? (
              <CloseButton
                size="sm"
                aria-label={t('filters.clearSearch')}
                onClick={() => {
                  setQ('');
                  onChange({ q: undefined });
                }}
              />
            ) : null
          }
          // The main filter: it grows, and never shrinks below a readable width (it was ~78 px at 1440 px).
          miw={{ base: 0, sm: 280 }}
          style={{ flex: '1 1 280px', maxWidth: 440 }}
          data-testid="members-search"
        />
      }
    >
      <MultiSelect
        label={t('filters.status')}
        placeholder={filters.status ? undefined : t('filters.any')}
        clearable
        data={userStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
        value={listOf(filters.status)}
        onChange={(v) => onChange({ status: joined(v) })}
        w={{ base: 'calc(50% - 4px)', sm: 180 }}
        data-testid="filter-status"
      />
      <MultiSelect
        label={t('filters.role')}
        placeholder={filters.role ? undefined : t('filters.any')}
        clearable
        searchable
        data={(roles.data ?? []).map((r) => ({ value: r.id, label: r.name }))}
        value={listOf(filters.role)}
        onChange={(v) => onChange({ role: joined(v) })}
        w={{ base: 'calc(50% - 4px)', sm: 200 }}
        data-testid="filter-role"
      />
      <Select
        label={t('filters.banned')}
        placeholder={t('filters.any')}
        clearable
        data={yesNo}
        value={filters.banned ?? null}
        onChange={(v) => onChange({ banned: (v as 'true' | 'false' | null) ?? undefined })}
        w={{ base: 'calc(50% - 4px)', sm: 110 }}
      />
      <Select
        label={t('filters.disabled')}
        placeholder={t('filters.any')}
        clearable
        data={yesNo}
        value={filters.disabled ?? null}
        onChange={(v) => onChange({ disabled: (v as 'true' | 'false' | null) ?? undefined })}
        w={{ base: 'calc(50% - 4px)', sm: 110 }}
      />
      <TextInput
        label={t('filters.tag')}
        placeholder={t('filters.tagPlaceholder')}
        value={tag}
        onChange={(e) => {
          setTag(e.currentTarget.value);
          pushTag(e.currentTarget.value);
        }}
        w={{ base: 'calc(50% - 4px)', sm: 120 }}
      />
      <TextInput
        label={t('filters.externalId')}
        placeholder={t('filters.externalIdPlaceholder')}
        value={externalId}
        onChange={(e) => {
          setExternalId(e.currentTarget.value);
          pushExternalId(e.currentTarget.value);
        }}
        w={{ base: 'calc(50% - 4px)', sm: 140 }}
      />
      <DatePickerInput
        type="range"
        label={t('filters.joined')}
        placeholder={t('filters.joinedPlaceholder')}
        clearable
        allowSingleDateInRange
        presets={[
          { value: [localDay(0), localDay(0)], label: t('filters.presets.today') },
          { value: [localDay(6), localDay(0)], label: t('filters.presets.week') },
          { value: [localDay(29), localDay(0)], label: t('filters.presets.month') },
        ]}
        value={range}
        onChange={([from, to]) => {
          if (from && !to) return;
          onChange({
            created_after: from ? new Date(`${from}T00:00:00`).toISOString() : undefined,
            created_before: to ? new Date(new Date(`${to}T00:00:00`).getTime() + 86_400_000).toISOString() : undefined,
          });
        }}
        w={{ base: 'calc(50% - 4px)', sm: 210 }}
      />
      <Select
        label={t('filters.sort')}
        data={memberSorts.map((s) => ({ value: s, label: t(`sorts.${s}`) }))}
        value={filters.sort ?? 'username'}
        onChange={(v) => onChange({ sort: v && v !== 'username' ? (v as MemberFilters['sort']) : undefined })}
        allowDeselect={false}
        w={{ base: '100%', sm: 190 }}
      />
      {active > 0 && (
        <Button variant="subtle" color="gray" leftSection={<IconFilterOff size={16} />} onClick={onClear}>
          {t('filters.clear')}
        </Button>
      )}
    </FilterPanel>
  );
}
