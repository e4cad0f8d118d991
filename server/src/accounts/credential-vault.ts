import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

interface EncryptionService {
  encrypt(value: string): string | null;
  decrypt(value: string): string | null;
}

export const MISSING_ENCRYPTION_KEY_MESSAGE =
  'TeleSign credentials cannot be stored because this Strapi app has no encryption key. Set ' +
  '`secrets.encryptionKey` in config/admin (for example `encryptionKey: env("ENCRYPTION_KEY")`), put a ' +
  'long random ENCRYPTION_KEY in your environment, restart Strapi and save the account again.';

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
      if (!encrypted) throw new errors.ApplicationError(MISSING_ENCRYPTION_KEY_MESSAGE);
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
