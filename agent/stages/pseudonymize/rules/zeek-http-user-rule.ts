/**
 * Zeek's http.log in its TSV form: `ts uid orig_h orig_p resp_h resp_p
 * trans_depth method host uri referrer version user_agent [origin]
 * request_body_len response_body_len status_code status_msg info_code
 * info_msg tags username password ...`. The username and password of HTTP
 * basic authentication are positional, right after the `tags` set (written
 * `(empty)` when it has no members). Zeek 2.x has neither `version` nor
 * `origin`, hence 10 to 12 columns between the method and the tags.
 */
import type { RegexRule } from './rule.js';

export const zeekHttpUserRule: RegexRule = {
  name: 'zeek-http-credentials',
  kind: 'user',
  anyOf: ['\t(empty)\t', '\thttp::'],
  re: /^\d{9,}\.\d+\tC[A-Za-z0-9]{10,}\t(?:[^\t]*\t){5}[A-Z]+\t(?:[^\t]*\t){10,12}(?:\(empty\)|HTTP::[^\t]*)\t(?<u>[^\t]+)\t(?<s>[^\t]+)\t/,
  examples: [
    [
      '1709535374.003000\tCtxgINX3PIEV48Rt7r\t192.0.2.7\t51234\t192.0.2.80\t80\t1\tGET\tprinter.example.net\t/reports/q2.pdf\t-\t1.1\tMozilla/5.0 (Windows NT 10.0; Win64; x64)\t-\t0\t23783\t200\tOK\t-\t-\t(empty)\tjdoe\tsunshinetiger17\t-\t-\t-\tFEVjD0BcAJwUm4ykIp\t-\ttext/html',
      '1709535374.003000\tCtxgINX3PIEV48Rt7r\t192.0.2.7\t51234\t192.0.2.80\t80\t1\tGET\tprinter.example.net\t/reports/q2.pdf\t-\t1.1\tMozilla/5.0 (Windows NT 10.0; Win64; x64)\t-\t0\t23783\t200\tOK\t-\t-\t(empty)\t«u»\t«s»\t-\t-\t-\tFEVjD0BcAJwUm4ykIp\t-\ttext/html',
    ],
  ],
  keeps: [
    '1709535374.003000\tCtxgINX3PIEV48Rt7r\t192.0.2.7\t51234\t192.0.2.80\t80\t1\tGET\tprinter.example.net\t/\t-\t1.1\tcurl/8.5.0\t-\t0\t23783\t200\tOK\t-\t-\t(empty)\t-\t-\t-\t-\t-\tFEVjD0BcAJwUm4ykIp\t-\ttext/html',
  ],
};
