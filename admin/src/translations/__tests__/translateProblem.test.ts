import { problem } from '../../../../shared/contracts/errors/problem';
import { translateProblem } from '../translateProblem';

describe('translateProblem', () => {
  const notFound = problem('workstream.notFound', { id: 'w1' });

  it('writes a known code in the admin language, with its values', () => {
    expect(translateProblem(problem('account.name.tooLong', { max: 100 }), 'ko')).toBe(
      '이름을 100자 이하로 줄이십시오.',
    );
    expect(translateProblem(notFound, 'ko')).toMatch(/^이 작업 스트림이 더 이상 없습니다/);
  });

  it('falls back to English for a language the plugin does not ship', () => {
    expect(translateProblem(notFound, 'fr')).toMatch(/^This workstream no longer exists/);
  });

  it('shows the server message for a code this admin does not know, or none', () => {
    expect(
      translateProblem({ code: 'routing.queue.full', values: {}, message: 'The queue is full.' }, 'ko'),
    ).toBe('The queue is full.');
    expect(translateProblem({ message: 'Forbidden' }, 'ko')).toBe('Forbidden');
  });
});
