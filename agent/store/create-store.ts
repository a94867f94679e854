/**
 * The store the configuration asks for: what the daemon calls, so it never
 * needs to know which kind it got.
 */
import type { AgentConfig } from '../config/agent-config.js';
import { createLocalStore } from './local-store.js';
import type { ObjectStore } from './object-store.js';
import { createS3Store, type S3StoreDeps } from './s3-store.js';

export function createStore(config: AgentConfig, deps: S3StoreDeps): ObjectStore {
  if (config.store.type === 's3') {
    return createS3Store({ ...config.store.s3, retentionDays: config.policy.cloud_retention_days }, deps);
  }
  return createLocalStore(config.store.dir);
}
