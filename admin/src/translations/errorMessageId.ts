import { getTranslation } from '../utils/getTranslation';

import type { ErrorCode } from '../../../shared/contracts/errors/problem';

/** The translation key of a server error code: `sms-channel.error.<code>` in en.json and ko.json. */
const errorMessageId = (code: ErrorCode | string): string => getTranslation(`error.${code}`);

export { errorMessageId };
