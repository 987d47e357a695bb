import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { get } from '@/lib/api/client';
import { analyticsKeys } from '../keys';
import type { CompareResponse, SegmentDimension } from './types';

export interface CompareParams {
  dimension: SegmentDimension;
  a: string;
  b: string;
  from: string;
  to: string;
  conversion_from?: string;
  conversion_to?: string;
}

export const compareQueryOptions = (params: CompareParams) =>
  queryOptions({
    queryKey: analyticsKeys.compare(params),
    queryFn: ({ signal }) => get<CompareResponse>('/api/v1/analytics/compare', { ...params }, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

/** Two segments side by side (an A/B comparison); runs once both values are given. */
export function useCompareSegments(params: CompareParams | null) {
  return useQuery({ ...compareQueryOptions(params ?? ({} as CompareParams)), enabled: params !== null });
}
