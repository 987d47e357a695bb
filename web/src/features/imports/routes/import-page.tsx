import { Alert, Anchor, Button, Group, Stack, Stepper, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { errorMessage } from '@/lib/error-message';
import { useImportProgress } from '../api/import-progress-live';
import { useCommitImport, usePreviewImport, type MemberImport } from '../api/member-import';
import { ImportProgressBar } from '../components/import-progress';
import { ImportResult } from '../components/import-result';
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
  const progress = useImportProgress(value?.id);
  const done = value?.status === 'committed';
  const failure = preview.error ?? commit.error;
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
            <Stack>
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
              {preview.isPending && <ImportProgressBar progress={progress} rows={value.summary?.rows ?? 0} />}
            </Stack>
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
              {commit.isPending && <ImportProgressBar progress={progress} rows={value.summary?.rows ?? 0} />}
            </Stack>
          )}
        </Stepper.Step>
        <Stepper.Completed>{value?.result && <ImportResult id={value.id} result={value.result} />}</Stepper.Completed>
      </Stepper>
      {failure && (
        <Alert color="red" title={errorMessage(failure).title} role="alert">
          {errorMessage(failure).detail}
        </Alert>
      )}
    </Stack>
  );
}
