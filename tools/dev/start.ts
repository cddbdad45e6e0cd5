import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { clock, parseLocalDate } from '@bastion/calendar';
import {
  startEmbeddedPostgres,
  startTemporalDevServer,
  type PostgresServer,
} from '@bastion/platform-testing/servers';
import { seedApprovalTemplates } from '../seed/approval-templates';
import { DEMO_PASSWORD, forestGroupDataset } from '../seed/forest-group';
import { seedDevelopmentDemo } from '../seed/development-demo';
import { seedRectificationDemo } from '../seed/rectification-demo';
import { seedDemoData } from '../seed/seed';
import { type Child, startChild, waitForHttp } from './child-process';
import { devSecrets } from './dev-secrets';
import { type ServiceApp, serviceApps, serviceLinks } from './services';

const root = resolve(__dirname, '..', '..');
const env = process.env;
const port = (name: string, fallback: number) => Number(env[name] ?? fallback);

/**
 * `npm start`: the whole system on one machine. PostgreSQL and the Temporal dev server keep their
 * data in `.data/` (unless DATABASE_URL / TEMPORAL_ADDRESS point elsewhere), demo data is loaded
 * on the first run, every service and the console start, and Ctrl-C stops it all in order.
 */
async function main(): Promise<void> {
  // A demonstration dated BASTION_TODAY: the demo data is laid out around that day, as the services see it.
  if (env['BASTION_TODAY']) clock.setToday(parseLocalDate(env['BASTION_TODAY']));
  const dataDir = resolve(root, env['BASTION_DATA_DIR'] ?? '.data');
  mkdirSync(dataDir, { recursive: true });
  const withConsole = !process.argv.includes('--no-console');
  const children: Child[] = [];
  let postgres: PostgresServer | undefined;
  let temporal: TestWorkflowEnvironment | undefined;
  let stopping = false;

  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    for (const child of [...children].reverse()) await child.stop();
    await temporal?.teardown().catch(() => undefined);
    await postgres?.stop().catch(() => undefined);
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  // Whatever way this process ends, no service it started outlives it.
  process.on('exit', () => children.forEach((c) => c.kill()));

  try {
    const secrets = devSecrets(dataDir);
    const databaseUrl = await givenOrStarted(env['DATABASE_URL'], 'PostgreSQL (embedded)', async () => {
      postgres = await startEmbeddedPostgres({
        dataDir: join(dataDir, 'postgres'),
        port: port('PG_PORT', 5433),
      });
      return postgres.createDatabase('bastion');
    });
    const temporalAddress = await givenOrStarted(
      env['TEMPORAL_ADDRESS'],
      'the Temporal dev server',
      async () => {
        temporal = await startTemporalDevServer({
          dbFilename: join(dataDir, 'temporal.sqlite'),
          port: port('TEMPORAL_PORT', 7233),
          uiPort: port('TEMPORAL_UI_PORT', 8233),
          downloadDir: join(dataDir, 'temporal-cli'),
        });
        return temporal.address;
      },
    );

    const seeded = await seedDemoData(databaseUrl, secrets.ID_NUMBER_KEY);
    console.log(seeded === 'seeded' ? 'Loaded the demo organisation.' : 'Kept the existing data.');
    const templates = await seedApprovalTemplates(databaseUrl);
    if (templates === 'seeded') console.log('Loaded the demo route templates.');

    const urls: Record<string, string> = {};
    const urlOf = (app: ServiceApp) =>
      `http://127.0.0.1:${port(`${app.name.toUpperCase()}_PORT`, app.defaultPort)}`;
    const identityUrl = urlOf(serviceApps.find((a) => a.name === 'identity')!);
    for (const app of serviceApps) {
      const appPort = port(`${app.name.toUpperCase()}_PORT`, app.defaultPort);
      const child = startChild(
        app.name,
        process.execPath,
        [join(root, 'tools/ts-node.js'), `apps/${app.name}/src/main.ts`],
        {
          ...env,
          NODE_ENV: 'development',
          PORT: String(appPort),
          DATABASE_URL: databaseUrl,
          TEMPORAL_ADDRESS: temporalAddress,
          // Uploaded approval attachments and each service's evidence live beside the rest of the data.
          ATTACHMENTS_DIR: join(dataDir, 'attachments'),
          FILES_DIR: join(dataDir, `${app.name}-files`),
          ...serviceLinks(app, identityUrl),
          ...secrets,
        },
      );
      children.push(child);
      urls[app.name] = urlOf(app);
    }
    await Promise.all(
      serviceApps.map((app, i) => waitForHttp(`${urls[app.name]}/api/${app.name}/health`, children[i]!)),
    );
    // Demo batches and cases go in through the services themselves, so their workflows and sign-offs run.
    const serviceUrls = {
      identity: urls['identity']!,
      approvals: urls['approvals']!,
      rectification: urls['rectification']!,
      development: urls['development']!,
    };
    const demos = [
      {
        name: 'rectification',
        load: seedRectificationDemo,
        loaded: 'Loaded the demo rectification batches.',
      },
      { name: 'member development', load: seedDevelopmentDemo, loaded: 'Loaded the demo development cases.' },
    ];
    for (const demo of demos) {
      const outcome = await demo.load(serviceUrls, databaseUrl).catch((error: unknown) => {
        console.warn(
          `The ${demo.name} demo could not be loaded: ${error instanceof Error ? error.message : error}`,
        );
        return 'failed';
      });
      if (outcome === 'seeded') console.log(demo.loaded);
    }

    const consolePort = port('CONSOLE_PORT', 4200);
    if (withConsole) {
      const proxyTargets = Object.fromEntries(
        serviceApps.map((a) => [`BASTION_${a.name.toUpperCase()}_URL`, urls[a.name]]),
      );
      const consoleChild = startChild(
        'console',
        process.execPath,
        [require.resolve('nx/bin/nx'), 'run', 'console:serve', `--port=${consolePort}`],
        { ...env, ...proxyTargets, NX_DAEMON: 'false', NX_TUI: 'false' },
      );
      children.push(consoleChild);
      await waitForHttp(`http://localhost:${consolePort}/`, consoleChild, 300_000);
    }

    printWelcome(
      withConsole ? consolePort : undefined,
      urls,
      temporal ? port('TEMPORAL_UI_PORT', 8233) : undefined,
    );
    await Promise.race(children.map((c) => c.exited.then(() => c))).then((c) => {
      if (!stopping) {
        console.error(`${c.name} stopped unexpectedly.`);
        void stop(1);
      }
    });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stop(1);
  }
}

function printWelcome(
  consolePort: number | undefined,
  urls: Record<string, string>,
  temporalUiPort: number | undefined,
) {
  const lines = ['', 'Bastion is running.', ''];
  if (consolePort) lines.push(`  Console        http://localhost:${consolePort}`);
  for (const [name, url] of Object.entries(urls)) lines.push(`  ${name.padEnd(14)} ${url}/api/${name}/docs`);
  if (temporalUiPort) lines.push(`  Temporal UI    http://localhost:${temporalUiPort}`);
  lines.push('', `Demo logins (password ${DEMO_PASSWORD}):`);
  for (const account of forestGroupDataset().accounts) {
    lines.push(`  ${account.username.padEnd(22)} ${account.role} · ${account.where}`);
  }
  lines.push('', 'Press Ctrl-C to stop.', '');
  console.log(lines.join('\n'));
}

void main();

/** A server the environment names, or one this process starts (and says so). */
async function givenOrStarted(given: string | undefined, what: string, start: () => Promise<string>) {
  if (given) return given;
  console.log(`Starting ${what}…`);
  return start();
}
