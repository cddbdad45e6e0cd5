import { Logger } from '@nestjs/common';
import { DefaultLogger, type LogEntry, Runtime } from '@temporalio/worker';

let installed = false;

/**
 * Routes the Temporal SDK's own log lines through the service logger and leaves signal handling
 * to Nest, which shuts the worker down in order. The runtime is per process, so this runs once.
 */
export function installTemporalRuntime(): void {
  if (installed) return;
  const logger = new Logger('Temporal');
  const write = (entry: LogEntry) => {
    const meta = entry.meta && Object.keys(entry.meta).length ? ` ${JSON.stringify(entry.meta)}` : '';
    const line = `${entry.message}${meta}`;
    if (entry.level === 'ERROR') logger.error(line);
    else if (entry.level === 'WARN') logger.warn(line);
    else if (entry.level === 'INFO') logger.log(line);
    else logger.debug(line);
  };
  Runtime.install({ logger: new DefaultLogger('INFO', write), shutdownSignals: [] });
  installed = true;
}
