import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Webhook signing secrets at rest: AES-256-GCM under SECRETS_KEY, stored as
 * `v1:<nonce>:<ciphertext>:<tag>` (base64 each, a random 96-bit nonce per value). The version prefix
 * lets a later format or key id come without guessing what a row holds.
 */
const VERSION = 'v1';
const NONCE_BYTES = 12;
export const SECRETS_KEY_BYTES = 32;

/** Thrown when a stored value cannot be opened: another key, or a changed value. */
export class SecretUnreadableError extends Error {}

export function encryptSecret(key: Buffer, plain: string): string {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  const parts = [nonce, ciphertext, cipher.getAuthTag()].map((b) => b.toString('base64'));
  return [VERSION, ...parts].join(':');
}

/** Whether a stored value is in an encrypted format (anything else is a plain secret from before). */
export function isEncrypted(stored: string): boolean {
  return stored.startsWith(`${VERSION}:`);
}

export function decryptSecret(key: Buffer, stored: string): string {
  const [version, nonce, ciphertext, tag, extra] = stored.split(':');
  if (version !== VERSION || !nonce || ciphertext === undefined || !tag || extra !== undefined) {
    throw new SecretUnreadableError('the stored secret is not in the v1 format');
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(nonce, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64')), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    throw new SecretUnreadableError('SECRETS_KEY is not the key this secret was encrypted with');
  }
}

/** The plain secret of a stored value: decrypted, or as it is when it predates encryption. */
export function openSecret(key: Buffer, stored: string): string {
  return isEncrypted(stored) ? decryptSecret(key, stored) : stored;
}

/** A 32-byte key written as 64 hex digits or as base64; null when it is neither. */
export function parseSecretsKey(text: string): Buffer | null {
  const trimmed = text.trim();
  if (/^[0-9a-f]{64}$/i.test(trimmed)) return Buffer.from(trimmed, 'hex');
  if (!/^[A-Za-z0-9+/_-]{43}=?$/.test(trimmed)) return null;
  const key = Buffer.from(trimmed, 'base64');
  return key.length === SECRETS_KEY_BYTES ? key : null;
}
