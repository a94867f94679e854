// Template registry of held-out set B.
import wireless from './wireless.mjs';
import routing from './routing.mjs';
import security from './security.mjs';
import linux from './linux.mjs';
import web from './web.mjs';
import directoryMail from './directory-mail.mjs';
import data from './data.mjs';
import netsvc from './netsvc.mjs';
import apps from './apps.mjs';

export const TEMPLATES = [...wireless, ...routing, ...security, ...linux, ...web, ...directoryMail, ...data, ...netsvc, ...apps];
