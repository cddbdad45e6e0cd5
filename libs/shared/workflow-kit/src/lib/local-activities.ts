import { proxyLocalActivities } from '@temporalio/workflow';

/**
 * A service's own activities as its workflows call them: local (the worker's process writes its
 * read model), short, retried quickly.
 */
export function localActivities<Activities extends object>() {
  return proxyLocalActivities<Activities>({
    startToCloseTimeout: '20 seconds',
    retry: { initialInterval: '200 milliseconds', maximumInterval: '10 seconds' },
  });
}
