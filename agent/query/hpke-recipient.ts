/**
 * The recipient side of HPKE (RFC 9180) in base mode, for the one suite
 * logveil uses: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, and only the
 * secret-export interface (section 5.3), which is all a segment needs
 * (agent/spool/frame-cipher.ts derives its frame key and nonce from it).
 *
 * Why not @hpke/core, which the writer uses: its X25519 is JavaScript and its
 * key schedule goes through async WebCrypto calls; opening one segment's
 * context cost about 7 ms, more than decrypting and decompressing the
 * segment. A day of data is over a thousand segments. node:crypto's X25519
 * and HMAC make it about 0.1 ms. test/query/hpke-recipient.test.ts checks
 * that both give the same secrets.
 *
 * Section numbers below are RFC 9180's.
 */
import { createHmac, createPrivateKey, createPublicKey, diffieHellman, type KeyObject } from 'node:crypto';
import { LogveilError } from '../errors.js';
import type { HpkeExporter } from '../spool/frame-cipher.js';

/** A recipient private key, ready for X25519. Holds the key: never log or print it. */
export interface RecipientPrivateKey {
  readonly key: KeyObject;
  /** pkRm: the serialized public key, part of every KEM context (section 4.1). */
  readonly publicKey: Buffer;
}

const N_SECRET = 32;
const N_H = 32;
const KEM_SUITE_ID = Buffer.from([0x4b, 0x45, 0x4d, 0x00, 0x20]); // "KEM" || I2OSP(0x0020, 2)
const HPKE_SUITE_ID = Buffer.from([0x48, 0x50, 0x4b, 0x45, 0x00, 0x20, 0x00, 0x01, 0x00, 0x02]); // "HPKE" || kem || kdf || aead
const VERSION = Buffer.from('HPKE-v1');
const MODE_BASE = 0x00;
/** The DER wrapper of a raw X25519 private key (RFC 8410, PKCS#8). */
const PKCS8_X25519 = Buffer.from('302e020100300506032b656e04220420', 'hex');

export function importRecipientKey(raw: Uint8Array): RecipientPrivateKey {
  if (raw.length !== 32) throw new LogveilError('LV_KEY_FORMAT', 'the recipient private key is not an X25519 private key');
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: Buffer.concat([PKCS8_X25519, raw]), format: 'der', type: 'pkcs8' });
  } catch (e) {
    throw new LogveilError('LV_KEY_FORMAT', 'the recipient private key is not an X25519 private key', { cause: e });
  }
  const spki = createPublicKey(key).export({ format: 'der', type: 'spki' });
  return { key, publicKey: Buffer.from(spki.subarray(spki.length - 32)) };
}

/**
 * SetupBaseR(enc, skR, info) (section 5.1.1), reduced to the exporter: the
 * returned object's `export` is Context.Export (section 5.3). Throws when
 * `enc` is not an X25519 public key or gives the all-zero shared value.
 */
export function openRecipientExporter(recipient: RecipientPrivateKey, enc: Uint8Array, info: Uint8Array): HpkeExporter {
  const sharedSecret = decap(recipient, enc);
  // KeySchedule (section 5.1), mode_base: psk and psk_id are empty.
  const pskIdHash = labeledExtract(HPKE_SUITE_ID, Buffer.alloc(0), 'psk_id_hash', Buffer.alloc(0));
  const infoHash = labeledExtract(HPKE_SUITE_ID, Buffer.alloc(0), 'info_hash', info);
  const context = Buffer.concat([Buffer.from([MODE_BASE]), pskIdHash, infoHash]);
  const secret = labeledExtract(HPKE_SUITE_ID, sharedSecret, 'secret', Buffer.alloc(0));
  const exporterSecret = labeledExpand(HPKE_SUITE_ID, secret, 'exp', context, N_H);
  return {
    export: async (exporterContext, length) => {
      const out = labeledExpand(HPKE_SUITE_ID, exporterSecret, 'sec', exporterContext, length);
      return out.buffer.slice(out.byteOffset, out.byteOffset + out.length) as ArrayBuffer;
    },
  };
}

/** DHKEM Decap (section 4.1). */
function decap(recipient: RecipientPrivateKey, enc: Uint8Array): Buffer {
  if (enc.length !== 32) throw new Error('enc is not an X25519 public key');
  // From a JWK, not SPKI DER: the DER path measured 440 us a key, the JWK one 70 us (node 20, OpenSSL 3).
  const pkE = createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: Buffer.from(enc).toString('base64url') }, format: 'jwk' });
  const dh = diffieHellman({ privateKey: recipient.key, publicKey: pkE });
  // RFC 7748 section 6.1 / RFC 9180 section 7.1.4: a low-order point gives all zeros.
  if (dh.every((b) => b === 0)) throw new Error('enc is a low-order point');
  const kemContext = Buffer.concat([enc, recipient.publicKey]);
  const eaePrk = labeledExtract(KEM_SUITE_ID, Buffer.alloc(0), 'eae_prk', dh);
  return labeledExpand(KEM_SUITE_ID, eaePrk, 'shared_secret', kemContext, N_SECRET);
}

/** LabeledExtract (section 4): HKDF-Extract(salt, "HPKE-v1" || suite_id || label || ikm). */
function labeledExtract(suiteId: Buffer, salt: Uint8Array, label: string, ikm: Uint8Array): Buffer {
  // RFC 5869: an empty salt is HashLen zero bytes.
  const key = salt.length ? salt : Buffer.alloc(N_H);
  return createHmac('sha256', key).update(VERSION).update(suiteId).update(label).update(ikm).digest();
}

/** LabeledExpand (section 4): HKDF-Expand(prk, I2OSP(L, 2) || "HPKE-v1" || suite_id || label || info, L). */
function labeledExpand(suiteId: Buffer, prk: Uint8Array, label: string, info: Uint8Array, length: number): Buffer {
  const labeledInfo = Buffer.concat([Buffer.from([length >> 8, length & 255]), VERSION, suiteId, Buffer.from(label), info]);
  // RFC 5869 section 2.3.
  const blocks: Buffer[] = [];
  let t = Buffer.alloc(0);
  for (let i = 1; blocks.length * N_H < length; i++) {
    t = createHmac('sha256', prk).update(t).update(labeledInfo).update(Buffer.from([i])).digest();
    blocks.push(t);
  }
  return Buffer.concat(blocks).subarray(0, length);
}
