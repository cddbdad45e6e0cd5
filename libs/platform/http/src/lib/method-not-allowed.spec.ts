import express from 'express';
import { routesAt } from './method-not-allowed';

describe('the methods declared on a path', () => {
  const app = express();
  const ok = (_request: express.Request, response: express.Response) => void response.end();
  app.get('/api/x/items/:id', ok);
  app.put('/api/x/items/:id', ok);
  app.post('/api/x/items', ok);
  app.post('/api/x/items/migrate', ok);
  const layers = () => (app.router as unknown as { stack: Parameters<typeof routesAt>[0] }).stack;

  it('lists every method of the routes at that path, HEAD wherever GET is', () => {
    expect(routesAt(layers(), '/api/x/items/42', 'DELETE')).toEqual({
      handled: false,
      allowed: ['GET', 'HEAD', 'PUT'],
    });
    expect(routesAt(layers(), '/api/x/items', 'GET')).toEqual({ handled: false, allowed: ['POST'] });
  });

  it('takes a path written out before a template that also matches it', () => {
    expect(routesAt(layers(), '/api/x/items/migrate', 'GET')).toEqual({ handled: false, allowed: ['POST'] });
    expect(routesAt(layers(), '/api/x/items/migrate', 'POST')?.handled).toBe(true);
  });

  it('tells a declared method, HEAD included, from an unknown path', () => {
    expect(routesAt(layers(), '/api/x/items/42', 'PUT')?.handled).toBe(true);
    expect(routesAt(layers(), '/api/x/items/42', 'HEAD')?.handled).toBe(true);
    expect(routesAt(layers(), '/api/x/nothing', 'GET')).toBeUndefined();
    expect(routesAt(layers(), '/api/x/items/%E0%A4%A', 'GET')).toBeUndefined();
  });
});
