import { join } from 'node:path';
import { bundleWorkflowCode, type BundleOptions } from '@temporalio/worker';
import { TsconfigPathsPlugin } from 'tsconfig-paths-webpack-plugin';
import { workspaceRoot } from './workspace-paths';

/**
 * Lets the workflow bundler resolve `@bastion/*` imports the way the TypeScript compiler does, so
 * workflow libs import contracts by alias rather than by long relative paths.
 */
export function resolveWorkspaceAliases(
  config: Parameters<NonNullable<BundleOptions['webpackConfigHook']>>[0],
) {
  const plugin = new TsconfigPathsPlugin({ configFile: join(workspaceRoot(), 'tsconfig.base.json') });
  config.resolve = config.resolve ?? {};
  config.resolve.plugins = [...(config.resolve.plugins ?? []), plugin];
  return config;
}

export function bundleWorkflows(workflowsPath: string) {
  return bundleWorkflowCode({ workflowsPath, webpackConfigHook: resolveWorkspaceAliases });
}
