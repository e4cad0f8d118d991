import { workstreamCreateSchema } from '../../../../shared/contracts/workstreams/workstream.schema';
import {
  draftFromWorkstream,
  emptyWorkstreamDraft,
  validateWorkstreamBehaviours,
  validateWorkstreamLanguage,
  validateWorkstreamName,
  validateWorkstreamNumbers,
  workstreamBody,
  type WorkstreamDraft,
} from '../workstream';

const draft = (patch: Partial<WorkstreamDraft> = {}): WorkstreamDraft => ({
  ...emptyWorkstreamDraft('en'),
  name: 'Customer support',
  numberIds: ['num1'],
  ...patch,
});

describe('workstream steps', () => {
  it('asks for a name of at most 100 characters', () => {
    expect(validateWorkstreamName(draft({ name: ' ' })).name).toBeDefined();
    expect(validateWorkstreamName(draft({ name: 'x'.repeat(101) })).name).toMatchObject({
      values: { max: 100 },
    });
    expect(validateWorkstreamName(draft())).toEqual({});
  });

  it('asks for an SMS number', () => {
    expect(validateWorkstreamNumbers(draft({ numberIds: [] })).numberIds).toBeDefined();
    expect(validateWorkstreamNumbers(draft())).toEqual({});
  });

  it('accepts only a language the server offers', () => {
    expect(validateWorkstreamLanguage(draft({ language: 'ko' }), ['en', 'ko'])).toEqual({});
    expect(validateWorkstreamLanguage(draft({ language: 'xx' }), ['en', 'ko']).language).toBeDefined();
  });

  it.each([
    [true, 24, true],
    [true, 1, true],
    [true, 8760, true],
    [true, 0, false],
    [true, 8761, false],
    [true, 1.5, false],
    [false, undefined, true],
    [false, 0, true],
  ])('auto-close %s after %s hours: accepted %s, as the server decides', (autoClose, hours, accepted) => {
    const value = draft({ autoClose, autoCloseAfterHours: hours });
    expect(Object.keys(validateWorkstreamBehaviours(value)).length === 0).toBe(accepted);
    expect(workstreamCreateSchema.safeParse(workstreamBody(value)).success).toBe(accepted);
  });

  it('refuses an empty hours box instead of reading it as "never close"', () => {
    expect(
      validateWorkstreamBehaviours(draft({ autoClose: true, autoCloseAfterHours: undefined })),
    ).toHaveProperty('autoCloseAfterHours');
  });
});

describe('workstreamBody', () => {
  it('sends every setting, and no timeout when automatic closing is off', () => {
    expect(workstreamBody(draft({ language: 'ko', allowAgentAttachments: true, autoClose: false }))).toEqual({
      name: 'Customer support',
      numberIds: ['num1'],
      language: 'ko',
      allowAgentAttachments: true,
      autoCloseAfterHours: null,
    });
  });

  it('round-trips a stored workstream', () => {
    const stored = {
      name: 'Billing',
      numbers: [{ documentId: 'n1' }, { documentId: 'n2' }],
      language: 'fr',
      allowCustomerAttachments: true,
      allowAgentAttachments: false,
      autoCloseAfterHours: 48,
    };
    // Customer attachments are not shown, so the stored value is left as it is.
    expect(workstreamBody(draftFromWorkstream(stored))).toEqual({
      name: 'Billing',
      numberIds: ['n1', 'n2'],
      language: 'fr',
      allowAgentAttachments: false,
      autoCloseAfterHours: 48,
    });
  });
});
