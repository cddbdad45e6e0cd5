import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Worker, type WorkerOptions } from '@temporalio/worker';
import { SERVICE_CONFIG, type ServiceConfig } from '@bastion/platform-config';
import { connectWorker } from './connect';
import { dataFailureInterceptors } from './data-failure-interceptor';
import { installTemporalRuntime } from './runtime-logger';
import { bundleWorkflows } from './workflow-bundler';

export const WORKER_SETTINGS = Symbol('WORKER_SETTINGS');

export interface WorkerSettings {
  taskQueue: string;
  /** Providers (from anywhere in the application) the activities factory needs. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  inject?: any[];
  /** Builds the activities object from those providers, so activities stay framework-free. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  activities?: (...deps: any[]) => object;
  /**
   * Entry file of the workflow source this worker bundles in development and tests (see
   * `workflowSourcePath`); omit for an activities-only worker. Production loads the prebuilt
   * bundle named by WORKFLOW_BUNDLE_PATH instead.
   */
  workflowsPath?: string;
}

/**
 * Runs the service's worker beside its API. On shutdown the worker stops polling and lets
 * in-flight activities finish (up to the grace period) before the process exits, so a SIGTERM
 * loses no acknowledged work.
 */
@Injectable()
export class WorkerHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('TemporalWorker');
  private worker?: Worker;
  private running?: Promise<void>;

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(WORKER_SETTINGS) private readonly settings: WorkerSettings,
    private readonly moduleRef: ModuleRef,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.ROLE === 'api') return;
    const source = await this.workflowSource();
    installTemporalRuntime();
    const connection = await connectWorker(this.config.TEMPORAL_ADDRESS, this.logger);
    this.worker = await Worker.create({
      connection,
      namespace: this.config.TEMPORAL_NAMESPACE,
      taskQueue: this.settings.taskQueue,
      activities: this.buildActivities(),
      // Every activity's data errors (constraints, encoding, validation) fail once, never retried.
      interceptors: { activity: [dataFailureInterceptors] },
      shutdownGraceTime: `${this.config.SHUTDOWN_GRACE_SECONDS}s`,
      maxCachedWorkflows: this.config.WORKER_MAX_CACHED_WORKFLOWS,
      ...source,
    });
    const worker = this.worker;
    this.running = worker.run().then(
      () => connection.close(),
      (error: unknown) => {
        this.logger.error(`Worker stopped with an error: ${(error as Error).stack ?? String(error)}`);
        // A worker that died leaves the service unable to do its job: let the supervisor restart it.
        process.kill(process.pid, 'SIGTERM');
      },
    );
    this.logger.log(`Polling task queue "${this.settings.taskQueue}"`);
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (!this.worker || this.worker.getState() !== 'RUNNING') return this.running;
    this.logger.log('Shutting down: finishing in-flight activities');
    this.worker.shutdown();
    await this.running;
  }

  /** Activity dependencies live in the service's own modules, so they are looked up application-wide. */
  private buildActivities(): object {
    const deps = (this.settings.inject ?? []).map((token: unknown) =>
      this.moduleRef.get(token as never, { strict: false }),
    );
    return this.settings.activities ? this.settings.activities(...deps) : {};
  }

  private async workflowSource(): Promise<Pick<WorkerOptions, 'workflowBundle'>> {
    const { workflowsPath } = this.settings;
    if (!workflowsPath) return {};
    if (this.config.WORKFLOW_BUNDLE_PATH)
      return { workflowBundle: { codePath: this.config.WORKFLOW_BUNDLE_PATH } };
    if (this.config.NODE_ENV === 'production') {
      throw new Error('WORKFLOW_BUNDLE_PATH is required in production: workers load the prebuilt bundle.');
    }
    // Bundled the same way as the production bundle, so development runs what production runs.
    const { code } = await bundleWorkflows(workflowsPath);
    return { workflowBundle: { code } };
  }
}
