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
