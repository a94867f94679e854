/**
 * Squid's native access.log: `time elapsed client code/status bytes method URL user
 * hierarchy/peer type`. The user (from proxy authentication or ident) is
 * positional, `-` when there is none.
 */
import type { RegexRule } from './rule.js';

export const squidUserRule: RegexRule = {
  name: 'squid-access-user',
  kind: 'user',
  anyOf: ['tcp_', 'udp_', 'none_', 'hier_', 'none/'],
  re: /\b\d{9,}\.\d{3} +\d+ [^ \t]+ [A-Z_]+\/\d{3} \d+ [A-Z_]+ [^ \t]+ (?<u>[^ \t-][^ \t]*|-[^ \t]+) [A-Z_]+\//,
  examples: [
    [
      '1710115610.385   1312 10.37.111.208 TCP_TUNNEL/200 301699 CONNECT api.example.com:443 j.doe HIER_DIRECT/192.0.2.86 -',
      '1710115610.385   1312 10.37.111.208 TCP_TUNNEL/200 301699 CONNECT api.example.com:443 «u» HIER_DIRECT/192.0.2.86 -',
    ],
  ],
  keeps: ['1710115610.385   1312 10.37.111.208 TCP_MISS/200 3016 GET http://example.com/ - HIER_DIRECT/192.0.2.86 text/html'],
};
