import { workflowSourcePath } from '@bastion/platform-temporal';

/**
 * The workflow source to bundle when running from the workspace. A built service has no
 * workspace around it; there the worker loads WORKFLOW_BUNDLE_PATH instead (and refuses to start
 * without it), so the path is only a name.
 */
export function workflowSource(domain: string): string {
  try {
    return workflowSourcePath(domain);
  } catch {
    return `libs/${domain}/workflows/src/workflows.ts`;
  }
}
