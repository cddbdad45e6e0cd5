import { CONTROL_CHARACTERS, controlCharactersIn } from './input-safety';

describe('the control characters every text field refuses', () => {
  it('tries each character inside each field’s text', () => {
    const tried = controlCharactersIn({ title: '请示', note: '申' });
    expect(tried).toHaveLength(2 * CONTROL_CHARACTERS.length);
    expect(tried[0]).toEqual(['a NUL', 'title', '请\u0000示']);
    expect(tried[CONTROL_CHARACTERS.length + 1]).toEqual(['a lone high surrogate', 'note', '申\ud83d']);
  });

  it('leaves each surrogate without its pair', () => {
    const lone = controlCharactersIn({ body: '请审批' }).filter(([what]) => what.includes('surrogate'));
    expect(lone).toHaveLength(2);
    // A string with a lone surrogate has no UTF-8 form to encode.
    for (const [, , value] of lone) expect(() => encodeURIComponent(value)).toThrow(URIError);
  });
});
