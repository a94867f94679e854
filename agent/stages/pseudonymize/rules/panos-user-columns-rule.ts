/**
 * PAN-OS syslog is CSV, and its user fields are positional: nothing around a
 * value says "user". Column numbers (0-based, counting the leading FUTURE_USE
 * field) from the PAN-OS syslog field descriptions:
 *   TRAFFIC, THREAT, DECRYPTION: 12 source user, 13 destination user
 *   GLOBALPROTECT: 12 source user          USERID: 9 user, 31 user by source
 *   AUTHENTICATION: 9 user, 10 normalized user
 *   HIPMATCH: 7 source user                CONFIG, SYSTEM (admin): CONFIG 10 admin
 */
import type { FunctionRule } from './rule.js';

const HEAD = /(?:^|[ \t>])[0-9]*,\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2},[^,]*,(TRAFFIC|THREAT|DECRYPTION|GLOBALPROTECT|USERID|AUTHENTICATION|HIPMATCH|CONFIG),/;

const USER_COLUMNS: Record<string, readonly number[]> = {
  TRAFFIC: [12, 13],
  THREAT: [12, 13],
  DECRYPTION: [12, 13],
  GLOBALPROTECT: [12],
  USERID: [9, 31],
  AUTHENTICATION: [9, 10],
  HIPMATCH: [7],
  CONFIG: [10],
};

export const panosUserColumnsRule: FunctionRule = {
  name: 'panos-user-columns',
  kind: 'user',
  anyOf: ['traffic,', 'threat,', 'decryption,', 'globalprotect,', 'userid,', 'authentication,', 'hipmatch,', 'config,'],
  find(line, _state, emit) {
    const m = HEAD.exec(line);
    if (!m) return;
    const columns = USER_COLUMNS[m[1] as string] as readonly number[];
    const last = columns[columns.length - 1] as number;
    // Walk the CSV from the first field; quoted fields may hold commas and doubled quotes.
    let i = m.index + (m[0].charCodeAt(0) === 32 || m[0].charCodeAt(0) === 9 || m[0].charCodeAt(0) === 62 ? 1 : 0);
    for (let col = 0; col <= last && i <= line.length; col++) {
      let start = i;
      let end: number;
      if (line.charCodeAt(i) === 34) {
        start = i + 1;
        let j = start;
        for (;;) {
          const q = line.indexOf('"', j);
          if (q < 0) {
            j = line.length;
            break;
          }
          if (line.charCodeAt(q + 1) === 34) {
            j = q + 2;
            continue;
          }
          j = q;
          break;
        }
        end = j;
        const comma = line.indexOf(',', j);
        i = comma < 0 ? line.length + 1 : comma + 1;
      } else {
        const comma = line.indexOf(',', i);
        end = comma < 0 ? line.length : comma;
        i = end + 1;
      }
      if (end > start && columns.includes(col)) emit('user', start, end);
    }
  },
  examples: [
    [
      '1,2021/03/24 11:30:00,0131,GLOBALPROTECT,0,2305,2021/03/24 11:30:00,vsys1,gateway-auth,login,Other,,jdoe,BE,PC1,192.0.2.5',
      '1,2021/03/24 11:30:00,0131,GLOBALPROTECT,0,2305,2021/03/24 11:30:00,vsys1,gateway-auth,login,Other,,«u»,BE,PC1,192.0.2.5',
    ],
    [
      '1,2019/10/08 12:00:00,0123,TRAFFIC,end,2305,2019/10/08 12:00:00,192.0.2.5,198.51.100.7,0.0.0.0,0.0.0.0,allow-web,jdoe,,ssl',
      '1,2019/10/08 12:00:00,0123,TRAFFIC,end,2305,2019/10/08 12:00:00,192.0.2.5,198.51.100.7,0.0.0.0,0.0.0.0,allow-web,«u»,,ssl',
    ],
  ],
};
