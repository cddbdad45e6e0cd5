import type { ActivityInboundCallsInterceptor, ActivityInterceptorsFactory } from '@temporalio/worker';
import { classifyActivityError } from './data-failure';

/**
 * Passes every activity's failure through `classifyActivityError`, so no activity of any service
 * can make a workflow retry a data error forever, whichever way the activity was written.
 */
const classifyingInbound: ActivityInboundCallsInterceptor = {
  async execute(input, next) {
    try {
      return await next(input);
    } catch (error) {
      throw classifyActivityError(error);
    }
  },
};

export const dataFailureInterceptors: ActivityInterceptorsFactory = () => ({ inbound: classifyingInbound });
