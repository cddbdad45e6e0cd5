import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const nginxConf = readFileSync(join(__dirname, 'nginx.conf'), 'utf8');

/** The Content-Security-Policy nginx sends with the production console, directive → sources. */
function consolePolicy(): Map<string, string[]> {
  const header = /add_header\s+Content-Security-Policy\s+"([^"]+)"\s+always;/.exec(nginxConf);
  if (!header) throw new Error('nginx.conf sends no Content-Security-Policy');
  return new Map(
    header[1]!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('the production console’s Content-Security-Policy', () => {
  const policy = consolePolicy();

  it('allows only the console’s own origin by default and for scripts', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
  });

  it('allows no inline or evaluated script, no plugin, no framing and no foreign base or form', () => {
    for (const [name, sources] of policy) {
      if (name === 'style-src') continue;
      expect({ name, sources }).toEqual({ name, sources: expect.not.arrayContaining(["'unsafe-inline'"]) });
      expect({ name, sources }).toEqual({ name, sources: expect.not.arrayContaining(["'unsafe-eval'"]) });
    }
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
  });

  it('is met by the production build: no inline script, no inline event handler', () => {
    // The Angular build would otherwise load styles with `onload="this.media='all'"`, which script-src 'self' blocks.
    const project = JSON.parse(readFileSync(join(root, 'apps/console/project.json'), 'utf8'));
    const production = project.targets.build.configurations.production;
    expect(production.optimization.styles.inlineCritical).toBe(false);
    const index = readFileSync(join(root, 'apps/console/src/index.html'), 'utf8');
    expect(index).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    expect(index).not.toMatch(/\son[a-z]+=/i);
  });

  it('is sent on every response, errors included, and dropped by no location', () => {
    expect(nginxConf).toMatch(/add_header Content-Security-Policy "[^"]+" always;/);
    const locations = nginxConf.split(/\n\s*location\s/).slice(1);
    for (const location of locations) expect(location.split('\n    }')[0]).not.toMatch(/add_header/);
  });
});
