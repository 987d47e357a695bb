import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { get } from '@/lib/api/client';
import { analyticsKeys } from '../keys';
import type { SeriesResponse } from './types';

export interface SeriesParams {
  metric: string;
  from: string;
  to: string;
  step: string;
  segment?: string;
  compare?: 'previous_day' | 'previous_week';
}

export const seriesQueryOptions = (params: SeriesParams) =>
  queryOptions({
    queryKey: analyticsKeys.series(params),
    queryFn: ({ signal }) => get<SeriesResponse>('/api/v1/analytics/series', { ...params }, signal),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });

/** A metric from the stored rollups, optionally beside the previous day or week. */
export function useSeries(params: SeriesParams) {
  return useQuery(seriesQueryOptions(params));
}
