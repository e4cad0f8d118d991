import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { errorArguments, problem } from '../../../shared/contracts/errors/problem';

interface EncryptionService {
  encrypt(value: string): string | null;
  decrypt(value: string): string | null;
}

export const MISSING_ENCRYPTION_KEY_MESSAGE = problem('account.encryptionKeyMissing').message;

/**
 * API keys are encrypted with Strapi's own AES-256-GCM encryption service, keyed by the app's
 * `admin.secrets.encryptionKey`; the plaintext exists only in memory while signing.
 */
export const createCredentialVault = (strapi: Core.Strapi) => {
  const encryption = (): EncryptionService => strapi.service('admin::encryption') as EncryptionService;
  const isAvailable = (): boolean => Boolean(strapi.config.get('admin.secrets.encryptionKey'));

  return {
    isAvailable,
    encryptApiKey(apiKey: string): string {
      const encrypted = isAvailable() ? encryption().encrypt(apiKey) : null;
      if (!encrypted) throw new errors.ApplicationError(...errorArguments('account.encryptionKeyMissing'));
      return encrypted;
    },
    /** Null when the key cannot be decrypted (no key, rotated key or tampered ciphertext). */
    decryptApiKey(apiKeyEncrypted: string | null): string | null {
      if (!apiKeyEncrypted || !isAvailable()) return null;
      return encryption().decrypt(apiKeyEncrypted);
    },
  };
};

export type CredentialVault = ReturnType<typeof createCredentialVault>;
