// All template families. Each template: { id, weight, multi?, gen(ctx) -> Line | Line[] }.
import ciscoIos from './cisco-ios.mjs';
import asa from './asa.mjs';
import fortigate from './fortigate.mjs';
import panos from './panos.mjs';
import juniper from './juniper.mjs';
import netfilter from './netfilter.mjs';
import dhcpDns from './dhcp-dns.mjs';
import linuxAuth from './linux-auth.mjs';
import sudoSu from './sudo-su.mjs';
import vpnRadius from './vpn-radius.mjs';
import web from './web.mjs';
import app from './app.mjs';
import configChange from './config-change.mjs';
import netServices from './net-services.mjs';
import cefWindows from './cef-windows.mjs';
import merakiSophos from './meraki-sophos.mjs';
import pem from './pem.mjs';
import mail from './mail.mjs';

export const TEMPLATES = [
  ...ciscoIos, ...asa, ...fortigate, ...panos, ...juniper, ...netfilter, ...dhcpDns, ...linuxAuth,
  ...sudoSu, ...vpnRadius, ...web, ...app, ...configChange, ...netServices, ...cefWindows,
  ...merakiSophos, ...mail, ...pem,
];

const ids = new Set();
for (const t of TEMPLATES) {
  if (ids.has(t.id)) throw new Error(`duplicate template id ${t.id}`);
  ids.add(t.id);
}
