import { parseCallbackPayload } from '../callback-payload';
import type { TeleSignCallbackPayload } from '../types';
import { OFFICIAL } from './vectors';

/** The docs/telesign.md §3.2 DLR example, verbatim. */
const dlrExample = {
  reference_id: 'B56259E45884010488343BAA15FB0002',
  status: { code: 200, description: 'Delivered to handset', updated_on: '2016-10-21T14:05:36.181346Z' },
  submit_timestamp: '2016-01-01T01:01:01.010101Z',
  additional_info: {
    mcc: '310',
    mnc: '004',
    price: '0.01',
    currency: 'USD',
    message_parts_count: 2,
    message_parts_reference_ids: '35E63E88CB000E049196AD1CFCFFB89C,35E63E88CC7C050491613443467F3F12',
    sender_id: '15558675310',
    cleansed_phone_number: '15558675309',
  },
  external_id: 'CustomExternalID7349',
};

/** The docs/telesign.md §3.3 inbound example, verbatim. */
const inboundExample = {
  reference_id: '0143D53D86A2030BE20025B600000002',
  status: { code: 1500, description: 'Delivered to customer', updated_on: '2017-01-27T19:46:55.787464Z' },
  submit_timestamp: '2017-01-27T19:46:55.778000Z',
  errors: [],
  sub_resource: 'mo_sms',
  user_response: {
    phone_number: '11234567890',
    sender_id: '4442',
    iso_country_code: 'US',
    mo_message: 'Start',
    action: 'start',
    keyword: 'start',
    price: '0.0075',
  },
};

const unsupportedReason = (payload: TeleSignCallbackPayload): string => {
  if (payload.kind !== 'unsupported') throw new Error(`expected unsupported, got ${payload.kind}`);
  return payload.reason;
};

describe('parseCallbackPayload', () => {
  describe('delivery reports', () => {
    it('parses the documented DLR example', () => {
      expect(parseCallbackPayload(dlrExample)).toEqual({ kind: 'delivery-report', report: dlrExample });
    });

    it('parses the minimal form (the body TeleSign signs in the §3.4 vector)', () => {
      expect(parseCallbackPayload(JSON.parse(OFFICIAL.callbacks.dlrBody))).toEqual({
        kind: 'delivery-report',
        report: {
          reference_id: 'B56259E45884010488343BAA15FB0002',
          status: {
            code: 200,
            description: 'Delivered to handset',
            updated_on: '2016-10-21T14:05:36.181346Z',
          },
        },
      });
    });

    it('keeps external_id null when none was sent', () => {
      const parsed = parseCallbackPayload({ ...dlrExample, external_id: null });
      expect(parsed.kind === 'delivery-report' && parsed.report.external_id).toBeNull();
    });

    it('keeps an impossible updated_on verbatim (the docs use 2022-31-03)', () => {
      const status = {
        code: 290,
        description: 'Message in progress',
        updated_on: '2022-31-03T14:51:28.709526Z',
      };
      const parsed = parseCallbackPayload({ ...dlrExample, status });
      expect(parsed.kind === 'delivery-report' && parsed.report.status).toEqual(status);
    });

    it('tolerates and drops unknown fields (SMS Verify / bulk extras included)', () => {
      const parsed = parseCallbackPayload(JSON.parse(OFFICIAL.callbacks.phpBody));
      expect(parsed).toEqual({
        kind: 'delivery-report',
        report: {
          reference_id: '2557312299CC1304904080F4BE17BFB4',
          status: {
            code: 200,
            description: 'Delivered to handset',
            updated_on: '2016-07-08T20:52:46.417428Z',
          },
          submit_timestamp: '2016-07-08T20:52:41.203000Z',
        },
      });
    });

    it('drops a malformed optional extra instead of losing the report', () => {
      const parsed = parseCallbackPayload({
        ...dlrExample,
        submit_timestamp: 12,
        additional_info: { ...dlrExample.additional_info, message_parts_count: 'two', price: 0.01 },
      });
      expect(parsed.kind).toBe('delivery-report');
      if (parsed.kind !== 'delivery-report') return;
      expect(parsed.report.submit_timestamp).toBeUndefined();
      expect(parsed.report.additional_info?.message_parts_count).toBeUndefined();
      expect(parsed.report.additional_info?.price).toBeUndefined();
      expect(parsed.report.additional_info?.mcc).toBe('310');
    });

    it.each([
      ['no reference_id', { status: dlrExample.status }, /reference_id/],
      ['an empty reference_id', { ...dlrExample, reference_id: '' }, /reference_id/],
      ['no status', { reference_id: dlrExample.reference_id }, /status/],
      [
        'a string status code',
        { ...dlrExample, status: { ...dlrExample.status, code: '200' } },
        /status\.code/,
      ],
      [
        'a fractional status code',
        { ...dlrExample, status: { ...dlrExample.status, code: 200.5 } },
        /status\.code/,
      ],
      ['no status description', { ...dlrExample, status: { code: 200 } }, /status\.description/],
    ])('rejects a report with %s', (_name, payload, reason) => {
      expect(unsupportedReason(parseCallbackPayload(payload))).toMatch(reason);
    });
  });

  describe('inbound SMS', () => {
    it('parses the documented mo_sms example', () => {
      const { errors: _errors, ...expected } = inboundExample;
      expect(parseCallbackPayload(inboundExample)).toEqual({ kind: 'inbound', message: expected });
    });

    it('accepts a message without keyword handling or pricing', () => {
      const {
        action: _a,
        keyword: _k,
        price: _p,
        iso_country_code: _c,
        ...userResponse
      } = inboundExample.user_response;
      const parsed = parseCallbackPayload({ ...inboundExample, user_response: userResponse });
      expect(parsed.kind === 'inbound' && parsed.message.user_response).toEqual(userResponse);
    });

    it('accepts an empty message text', () => {
      const parsed = parseCallbackPayload({
        ...inboundExample,
        user_response: { ...inboundExample.user_response, mo_message: '' },
      });
      expect(parsed.kind === 'inbound' && parsed.message.user_response.mo_message).toBe('');
    });

    it('normalises upper-case actions and drops ones it does not know', () => {
      const withAction = (action: unknown) =>
        parseCallbackPayload({
          ...inboundExample,
          user_response: { ...inboundExample.user_response, action },
        });
      const actionOf = (payload: TeleSignCallbackPayload) =>
        payload.kind === 'inbound' ? payload.message.user_response.action : 'n/a';
      expect(actionOf(withAction('STOP'))).toBe('stop');
      expect(actionOf(withAction('unstop'))).toBeUndefined();
      expect(actionOf(withAction(null))).toBeUndefined();
    });

    it.each([
      ['no user_response', { ...inboundExample, user_response: undefined }, /user_response/],
      [
        'no sender phone number',
        { ...inboundExample, user_response: { ...inboundExample.user_response, phone_number: '' } },
        /phone_number/,
      ],
      [
        'no receiving number',
        { ...inboundExample, user_response: { ...inboundExample.user_response, sender_id: undefined } },
        /sender_id/,
      ],
      [
        'no message text',
        { ...inboundExample, user_response: { ...inboundExample.user_response, mo_message: undefined } },
        /mo_message/,
      ],
      ['no reference_id', { ...inboundExample, reference_id: undefined }, /reference_id/],
    ])('rejects a message with %s', (_name, payload, reason) => {
      expect(unsupportedReason(parseCallbackPayload(payload))).toMatch(/^invalid inbound SMS/);
      expect(unsupportedReason(parseCallbackPayload(payload))).toMatch(reason);
    });
  });

  describe('unsupported payloads', () => {
    it.each(['mo_rcs', 'mo_mms', 'mo_email'])('%s is another inbound channel', (subResource) => {
      expect(unsupportedReason(parseCallbackPayload({ ...inboundExample, sub_resource: subResource }))).toBe(
        `inbound ${subResource} messages are not supported`,
      );
    });

    it.each([
      ['null', null],
      ['an array', [dlrExample]],
      ['a string', 'hello'],
      ['a number', 200],
    ])('%s is not a callback', (_name, json) => {
      expect(unsupportedReason(parseCallbackPayload(json))).toBe('callback body is not a JSON object');
    });
  });
});
