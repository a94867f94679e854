// Template registry for set C.
import firewall from './firewall.mjs';
import switching from './switching.mjs';
import wireless from './wireless.mjs';
import windows from './windows.mjs';
import web from './web.mjs';
import identity from './identity.mjs';

export const TEMPLATES = [...firewall, ...switching, ...wireless, ...windows, ...web, ...identity];
