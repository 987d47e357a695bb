import { safeNext } from './safe-next';

describe('safeNext', () => {
  it.each([
    ['/members?q=ada', '/members?q=ada'],
    [null, '/'],
    ['https://evil.example', '/'],
    ['//evil.example/path', '/'],
    ['/login?next=/x', '/'],
  ])('%s → %s', (next, expected) => expect(safeNext(next)).toBe(expected));
});
