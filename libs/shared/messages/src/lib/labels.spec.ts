import { catalogueLabels } from './labels';
import { textCatalogue } from './catalogue';

describe('a label table read from the catalogue', () => {
  it('names each value by its text under the prefix, in both languages', () => {
    const labels = catalogueLabels('rectification.seriousness', ['general', 'serious'] as const);
    expect(labels).toEqual({
      general: textCatalogue['rectification.seriousness.general'],
      serious: textCatalogue['rectification.seriousness.serious'],
    });
  });

  it('takes numbered values as well as named ones', () => {
    expect(catalogueLabels('development.stage', [1, 5] as const)[5]).toBe(
      textCatalogue['development.stage.5'],
    );
  });

  it('is refused by the compiler for a value the catalogue has no text for', () => {
    // @ts-expect-error: there is no `rectification.seriousness.trivial`
    expect(catalogueLabels('rectification.seriousness', ['trivial'] as const).trivial).toBeUndefined();
  });
});
