import { presenceOf } from './presence';

describe('presenceOf', () => {
  it('keeps invisible for viewers the server sent it to (presence.see_invisible), and folds unknown values into offline', () => {
    expect(presenceOf('invisible')).toBe('invisible');
    expect(presenceOf('dnd')).toBe('dnd');
    expect(presenceOf('offline')).toBe('offline');
    expect(presenceOf('something-new')).toBe('offline');
  });
});
