/** The service apps `npm start` runs, each on its own port, all behind the console's `/api/<name>` proxy. */
export interface ServiceApp {
  name: string;
  defaultPort: number;
}

export const serviceApps: ServiceApp[] = [
  { name: 'identity', defaultPort: 3001 },
  { name: 'approvals', defaultPort: 3002 },
  { name: 'rectification', defaultPort: 3003 },
  { name: 'development', defaultPort: 3004 },
];

/**
 * What a service app needs to know of the others: every service but identity asks identity, at
 * its base URL, whether the session behind a token is still live (logout ends access at once).
 */
export function serviceLinks(app: ServiceApp, identityUrl: string): Record<string, string> {
  return app.name === 'identity' ? {} : { SESSION_CHECK_URL: identityUrl };
}
