import { maskPhone } from './phone-number';

describe('phone numbers on a view of a person', () => {
  it('show the first three and last four digits of a mobile number, like an ID number', () => {
    expect(maskPhone('13800000001')).toBe('138****0001');
    expect(maskPhone('+86 138 1234 5678')).toBe('+86 1** **** 5678');
  });

  it('keep the separators of the number where they are', () => {
    expect(maskPhone('138-1234-5678')).toBe('138-****-5678');
  });

  it('show only the last four digits of a number of nine or ten digits', () => {
    expect(maskPhone('0451-876543')).toBe('****-**6543');
  });

  it('show only the last two digits of a short number', () => {
    expect(maskPhone('12345')).toBe('***45');
    expect(maskPhone('87654321')).toBe('******21');
  });
});
