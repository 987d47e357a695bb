import { Autocomplete, Button, Select, TextInput } from '@mantine/core';
import { DatePickerInput, type DatesRangeValue } from '@mantine/dates';
import { useDebouncedCallback, useDebouncedValue } from '@mantine/hooks';
import { IconFilterOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterPanel } from '@/components/filter-panel';
import { useUserSummary } from '@/lib/api/get-user';
import { auditActionLabel, knownAuditActions } from '@/lib/audit-labels';
import type { AuditFilters } from '../api/list-audit';
import { useSearchActors } from '../api/search-actors';

interface AuditFiltersBarProps {
  filters: AuditFilters;
  onChange: (change: Partial<AuditFilters>) => void;
  active: number;
  onClear: () => void;
}

const prefixes = ['auth.', 'setup.', 'user.', 'role.'];

export function AuditFiltersBar({ filters, onChange, active, onClear }: AuditFiltersBarProps) {
  const { t } = useTranslation('audit');
  const [actorSearch, setActorSearch] = useState('');
  const [debounced] = useDebouncedValue(actorSearch, 250);
  const actors = useSearchActors(debounced, debounced.length > 0);
  const selectedActor = useUserSummary(filters.actor);
  const [action, setAction] = useState(filters.action ?? '');
  // Typing filters as it goes (after a pause), like the members search; Enter and picking apply at once.
  const pushAction = useDebouncedCallback((value: string) => onChange({ action: value.trim() || undefined }), 300);
  const [targetId, setTargetId] = useState(filters.target_id ?? '');
  // Follow the URL when it changes from elsewhere (clear, back button): adjust state while rendering.
  const [seen, setSeen] = useState({ action: filters.action, target_id: filters.target_id });
  if (seen.action !== filters.action || seen.target_id !== filters.target_id) {
    setSeen({ action: filters.action, target_id: filters.target_id });
    setAction(filters.action ?? '');
    setTargetId(filters.target_id ?? '');
  }

  const actorOptions = [
    ...(selectedActor.data ? [{ value: selectedActor.data.id, label: selectedActor.data.display_name }] : []),
    ...(actors.data?.items ?? [])
      .filter((u) => u.id !== filters.actor)
      .map((u) => ({ value: u.id, label: `${u.display_name} (@${u.username})` })),
  ];
  const range: DatesRangeValue<string> = [
    filters.from?.slice(0, 10) ?? null,
    filters.to ? dayBefore(filters.to) : null,
  ];

  return (
    <FilterPanel label={t('filters.label')} active={active}>
      <Select
        label={t('filters.actor')}
        placeholder={t('filters.actorPlaceholder')}
        searchable
        clearable
        data={actorOptions}
        value={filters.actor ?? null}
        onSearchChange={setActorSearch}
        onChange={(v) => onChange({ actor: v ?? undefined })}
        nothingFoundMessage={debounced ? t('filters.noActor') : t('filters.typeToSearch')}
        filter={({ options }) => options}
        w={{ base: '100%', sm: 220 }}
      />
      <Autocomplete
        label={t('filters.action')}
        placeholder={t('filters.actionPlaceholder')}
        description={undefined}
        data={[
          { group: t('filters.prefixes'), items: prefixes.map((p) => ({ value: p, label: `${p}*` })) },
          {
            group: t('filters.actions'),
            items: knownAuditActions.map((a) => ({ value: a, label: `${a} — ${auditActionLabel(a)}` })),
          },
        ]}
        value={action}
        onChange={(v) => {
          setAction(v);
          pushAction(v);
        }}
        onBlur={() => onChange({ action: action.trim() || undefined })}
        onOptionSubmit={(v) => onChange({ action: v })}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onChange({ action: action.trim() || undefined });
        }}
        w={{ base: '100%', sm: 220 }}
      />
      <Select
        label={t('filters.targetType')}
        placeholder={t('filters.any')}
        clearable
        data={[
          { value: 'user', label: t('targets.user') },
          { value: 'role', label: t('targets.role') },
          { value: 'session', label: t('targets.session') },
          { value: 'endpoint', label: t('targets.endpoint') },
        ]}
        value={filters.target_type ?? null}
        onChange={(v) => onChange({ target_type: v ?? undefined })}
        w={{ base: 'calc(50% - 4px)', sm: 130 }}
      />
      <TextInput
        label={t('filters.targetId')}
        placeholder={t('filters.targetIdPlaceholder')}
        value={targetId}
        onChange={(e) => setTargetId(e.currentTarget.value)}
        onBlur={() => onChange({ target_id: targetId.trim() || undefined })}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onChange({ target_id: targetId.trim() || undefined });
        }}
        w={{ base: 'calc(50% - 4px)', sm: 200 }}
      />
      <Select
        label={t('filters.result')}
        placeholder={t('filters.any')}
        clearable
        data={(['success', 'fail', 'denied'] as const).map((r) => ({ value: r, label: t(`results.${r}`) }))}
        value={filters.result ?? null}
        onChange={(v) => onChange({ result: (v as AuditFilters['result']) ?? undefined })}
        w={{ base: 'calc(50% - 4px)', sm: 130 }}
      />
      <DatePickerInput
        type="range"
        label={t('filters.dates')}
        placeholder={t('filters.datesPlaceholder')}
        clearable
        allowSingleDateInRange
        value={range}
        onChange={([from, to]) => {
          if (from && !to) return;
          onChange({
            from: from ? new Date(`${from}T00:00:00`).toISOString() : undefined,
            to: to ? new Date(new Date(`${to}T00:00:00`).getTime() + 86_400_000).toISOString() : undefined,
          });
        }}
        w={{ base: 'calc(50% - 4px)', sm: 220 }}
      />
      {active > 0 && (
        <Button variant="subtle" color="gray" leftSection={<IconFilterOff size={16} />} onClick={onClear}>
          {t('filters.clear')}
        </Button>
      )}
    </FilterPanel>
  );
}

function dayBefore(iso: string): string {
  const d = new Date(new Date(iso).getTime() - 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
