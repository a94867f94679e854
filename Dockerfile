# logveil agent image. Docker cannot build here (no engine on our machines), so
# this file is kept simple enough to check by reading.
#
#   docker build -t logveil .
#   docker run -d --name logveil \
#     -p 514:5514/udp -p 514:5514/tcp -p 6514:6514/tcp \
#     -v logveil-var:/var/lib/logveil \
#     -p 127.0.0.1:9330:9330/tcp \
#     -e LOGVEIL_UDP_ADDRESS=0.0.0.0:5514 -e LOGVEIL_TCP_ADDRESS=0.0.0.0:5514 \
#     -e LOGVEIL_API_ADDRESS=0.0.0.0:9330 \
#     logveil

# Build stage: full dependencies to compile TypeScript.
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY agent ./agent
COPY shared ./shared
RUN npm run build && npm prune --omit=dev

# Runtime stage: the current LTS, production dependencies and the build only.
FROM node:22-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY bin ./bin
COPY config ./config
# The agent runs as an unprivileged user; the spool, keyring and outbox live on a volume.
RUN groupadd --system logveil && useradd --system --gid logveil --home-dir /var/lib/logveil logveil \
 && mkdir -p /var/lib/logveil && chown logveil:logveil /var/lib/logveil && chmod 0700 /var/lib/logveil
USER logveil
WORKDIR /var/lib/logveil
VOLUME ["/var/lib/logveil"]
# syslog UDP+TCP, syslog over TLS (RFC 5425), health and metrics.
EXPOSE 5514/udp 5514/tcp 6514/tcp 9330/tcp
# The main thread's young generation, as `npm start` sets it (README, "Pipeline").
ENTRYPOINT ["node", "--max-semi-space-size=4", "/app/bin/logveil.js"]
CMD ["run", "--config", "/app/config/default.yaml"]
