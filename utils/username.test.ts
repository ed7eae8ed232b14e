import { checkUsername } from './username';

describe('checkUsername', () => {
  it.each([
    ['demo123', 'demo123'],
    ['  Mario.Rossi ', 'mario.rossi'],
    ['a_b-c', 'a_b-c'],
    ['abc', 'abc'],
  ])('accepts %j as %j', (input, expected) => {
    expect(checkUsername(input)).toEqual({ ok: true, username: expected });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['ab', 'too-short'],
    ['a'.repeat(31), 'too-long'],
    ['mario rossi', 'characters'],
    ['mario@rossi', 'characters'],
    ['màrio', 'characters'],
    ['../etc', 'characters'],
    ['.mario', 'edges'],
    ['mario-', 'edges'],
    ['mario..rossi', 'dots'],
  ])('rejects %j (%s)', (input, problem) => {
    expect(checkUsername(input)).toEqual({ ok: false, problem });
  });
});
