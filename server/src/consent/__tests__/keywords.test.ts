import { classifyKeyword } from '../keywords';

describe('classifyKeyword', () => {
  it.each([
    'STOP',
    ' stop ',
    'Stop.',
    'STOP!',
    'ＳＴＯＰ',
    'stopall',
    'StopAll',
    'unsubscribe',
    'Cancel',
    'end',
    'QUIT',
    'revoke',
    'optout',
    'opt out',
    'Opt-Out',
    'OPT  OUT',
    'arrêt',
    'ARRET',
    '"stop"',
  ])('%j opts out', (text) => {
    expect(classifyKeyword(text)?.action).toBe('opt-out');
  });

  it.each(['START', 'start.', 'Unstop', 'ＵＮＳＴＯＰ'])('%j opts in', (text) => {
    expect(classifyKeyword(text)?.action).toBe('opt-in');
  });

  it.each(['HELP', 'help?', 'Info', 'ＩＮＦＯ'])('%j asks for help', (text) => {
    expect(classifyKeyword(text)?.action).toBe('help');
  });

  it.each(['stop sending me these', 'STOP PLEASE', 'cancel my order'])(
    '%j is flagged for a person, not acted on',
    (text) => {
      expect(classifyKeyword(text)?.action).toBe('possible-opt-out');
    },
  );

  it.each([
    'Hello, is anyone there?',
    'Please start my subscription again tomorrow',
    'stopped',
    'information',
    'helpful',
    'yes',
    'the end is near',
    '',
    '   ',
    '🛑',
  ])('%j is no keyword', (text) => {
    expect(classifyKeyword(text)).toBeNull();
  });

  it('never classifies random text as opt-in', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const alphabet = 'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ.!?ｓｔａｒｔ0123456789';
    for (let i = 0; i < 2000; i += 1) {
      const length = 1 + Math.floor(random() * 12);
      const text = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const result = classifyKeyword(text);
      if (result?.action === 'opt-in') expect(['start', 'unstop']).toContain(result.keyword);
    }
  });
});
