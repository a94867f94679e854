/**
 * The agent's HTTP API, built apart from its listener (fastify's testing
 * guide) so tests call it with `inject()`. Today: health and metrics, on
 * 127.0.0.1 by default. Neither route returns personal data.
 */
import Fastify, { type FastifyInstance } from 'fastify';

export interface HealthReport {
  status: 'starting' | 'ok' | 'degraded' | 'stopping';
  [key: string]: unknown;
}

export interface ApiDeps {
  health(): HealthReport;
  metrics(): Promise<string>;
}

export function buildApp(deps: ApiDeps): FastifyInstance {
  const app = Fastify({ logger: false });
  app.get('/healthz', async (_req, reply) => {
    const report = deps.health();
    // 503 while starting or stopping, so a load balancer or supervisor sees it.
    reply.code(report.status === 'ok' || report.status === 'degraded' ? 200 : 503);
    return report;
  });
  app.get('/metrics', async (_req, reply) => {
    reply.type('text/plain; version=0.0.4; charset=utf-8');
    return deps.metrics();
  });
  return app;
}
