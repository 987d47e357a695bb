import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, request } from '@/lib/api/client';
import { privacyKeys } from '../keys';
import type { ConsentText } from './types';

export const consentPurposes = ['analytics', 'emails'] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];

export function listConsentTexts(signal?: AbortSignal): Promise<{ items: ConsentText[] }> {
  return get('/api/v1/privacy/consent-texts', undefined, signal);
}

export function useConsentTexts() {
  return useQuery(
    queryOptions({ queryKey: privacyKeys.consentTexts(), queryFn: ({ signal }) => listConsentTexts(signal) }),
  );
}

export interface PublishConsentText {
  purpose: ConsentPurpose;
  text_en: string;
  text_fr: string;
}

export async function publishConsentText({ purpose, ...body }: PublishConsentText): Promise<ConsentText> {
  return (await request<ConsentText>('PUT', `/api/v1/privacy/consent-texts/${purpose}`, { body })).data;
}

export function usePublishConsentText() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: publishConsentText,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: privacyKeys.consentTexts() }),
  });
}
