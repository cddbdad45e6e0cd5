import { serviceApps, serviceLinks } from './services';

describe('npm start', () => {
  it('has every service but identity check sessions with identity', () => {
    const links = Object.fromEntries(serviceApps.map((app) => [app.name, serviceLinks(app, 'http://127.0.0.1:21401')]));
    expect(links).toEqual({
      identity: {},
      approvals: { SESSION_CHECK_URL: 'http://127.0.0.1:21401' },
      rectification: { SESSION_CHECK_URL: 'http://127.0.0.1:21401' },
      development: { SESSION_CHECK_URL: 'http://127.0.0.1:21401' },
    });
  });
});
