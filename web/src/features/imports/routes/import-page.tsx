import { Alert, Anchor, Button, Group, Progress, Stack, Stepper, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { errorMessage } from '@/lib/error-message';
import { useCommitImport, useImportProgress, usePreviewImport, type MemberImport } from '../api/member-import';
import { MappingStep } from '../components/mapping-step';
import { PreviewTable } from '../components/preview-table';
import { UploadStep } from '../components/upload-step';

/** Upload → mapping → preview → commit with progress: nothing is written before the last step, and then all or nothing. */
export function ImportPage() {
  const { t } = useTranslation('imports');
  const [value, setValue] = useState<MemberImport>();
  const [step, setStep] = useState(0);
  const preview = usePreviewImport(value?.id);
  const commit = useCommitImport(value?.id);
  const progress = useImportProgress(value?.id, commit.isPending);
  const done = value?.status === 'committed';
  const failure = preview.error ?? commit.error;

  const percent = progress.data && progress.data.rows > 0 ? (progress.data.done / progress.data.rows) * 100 : 0;
  return (
    <Stack p="md" gap="md">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Anchor component={Link} to="/members">
            {t('back')}
          </Anchor>
        }
      />
      <Stepper
        active={step}
        onStepClick={(s) => {
          if (!done && value && s < step) setStep(s);
        }}
        size="sm"
      >
        <Stepper.Step label={t('steps.upload')}>
          <UploadStep
            onUploaded={(v) => {
              setValue(v);
              setStep(1);
            }}
          />
        </Stepper.Step>
        <Stepper.Step label={t('steps.mapping')}>
          {value && (
            <MappingStep
              key={value.id}
              value={value}
              busy={preview.isPending}
              onCheck={(choices) =>
                preview.mutate(choices, {
                  onSuccess: (v) => {
                    setValue(v);
                    setStep(2);
                  },
                })
              }
            />
          )}
        </Stepper.Step>
        <Stepper.Step label={t('steps.preview')}>
          {value && (
            <Stack>
              <PreviewTable value={value} />
              <Group>
                <Button variant="default" onClick={() => setStep(1)}>
                  {t('preview.change')}
                </Button>
                <Button
                  color="green"
                  loading={commit.isPending}
                  disabled={!value.summary || (value.summary.errors > 0 && !value.skip_invalid)}
                  onClick={() =>
                    commit.mutate(undefined, {
                      onSuccess: (v) => {
                        setValue(v);
                        setStep(3);
                      },
                    })
                  }
                >
                  {t('preview.commit', { count: (value.summary?.create ?? 0) + (value.summary?.update ?? 0) })}
                </Button>
              </Group>
              {value.summary && value.summary.errors > 0 && !value.skip_invalid && (
                <Text size="sm" c="dimmed">
                  {t('preview.fixFirst')}
                </Text>
              )}
              {commit.isPending && (
                <Stack gap={4} aria-live="polite">
                  <Progress value={percent} aria-label={t('progress.label')} animated />
                  <Text size="sm">
                    {t('progress.text', {
                      done: progress.data?.done ?? 0,
                      rows: progress.data?.rows ?? value.summary?.rows ?? 0,
                    })}
                    {progress.data?.eta_seconds != null &&
                      ` · ${t('progress.eta', { seconds: Math.ceil(progress.data.eta_seconds) })}`}
                  </Text>
                </Stack>
              )}
            </Stack>
          )}
        </Stepper.Step>
        <Stepper.Completed>
          {value?.result && (
            <Alert color="green" title={t('result.title')} data-testid="import-result">
              <Text>{t('result.body', { ...value.result })}</Text>
              <Anchor component={Link} to="/members">
                {t('result.members')}
              </Anchor>
            </Alert>
          )}
        </Stepper.Completed>
      </Stepper>
      {failure && (
        <Alert color="red" title={errorMessage(failure).title} role="alert">
          {errorMessage(failure).detail}
        </Alert>
      )}
    </Stack>
  );
}
