// Middleware, application, automation, identity, mail, Windows and web-edge templates.
import { L, U, S, I, M, E, O, K, J, R, join } from './core.mjs';
import { macForm, v6form } from './fmt.mjs';

export default function app(c) {
  const { rng, W, X, LK, clock, h } = c;
  const pid = () => rng.int(300, 32000);
  const port = () => rng.int(1025, 65500);
  const v6 = () => I(v6form(rng, W.v6()));
  const anyIp = () => (rng.chance(0.2) ? v6() : I(rng.chance(0.5) ? W.in4() : W.out4()));
  const lvl = () => rng.pick(['INFO', 'WARN', 'ERROR']);
  return [
    // ---------------------------------------------------------------- Kafka
    { id: 'kafka', w: 3, gen: () => {
      const ts = `[${clock.sqlms()}]`;
      const v = rng.int(0, 4);
      if (v === 0) return L`${ts} INFO ProducerConfig values: ${K('sasl.jaas.config')} = org.apache.kafka.common.security.plain.PlainLoginModule required username="${O('user', `svc-${rng.pick(['orders', 'billing', 'etl'])}`)}" password="${S(X.pw())}";`;
      if (v === 1) return L`${ts} INFO ConsumerConfig values: ${K('sasl.jaas.config')} = org.apache.kafka.common.security.scram.ScramLoginModule required username="${U(W.user())}" password="${S(X.pw())}";`;
      if (v === 2) return L`${ts} INFO ConsumerConfig values: ${K('ssl.keystore.password')} = [hidden] ${K('ssl.truststore.location')} = /etc/kafka/secrets/kafka.truststore.jks ${K('group.id')} = ${rng.pick(['etl-loader', 'audit-sink'])}`;
      if (v === 3) return L`${ts} INFO [SocketServer listenerType=ZK_BROKER, nodeId=${rng.int(1, 5)}] Failed authentication with /${I(W.in4())} (channelId=${I(W.srv4())}:9093-${I(W.in4())}:${port()}-${rng.int(1, 99)}) (Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512) (org.apache.kafka.common.network.Selector)`;
      return L`${ts} INFO Principal = User:${U(W.user())} is Denied Operation = Describe from host = ${I(W.in4())} on resource = Topic:LITERAL:payments.v2 for request = Metadata with resourceRefCount = 1 (kafka.authorizer.logger)`;
    } },
    // ---------------------------------------------------------------- RabbitMQ
    { id: 'rabbitmq', w: 2, gen: () => {
      const ts = `${clock.iso(6).replace('T', ' ').replace('Z', '+00:00')} [${rng.pick(['info', 'warning', 'error'])}] <0.${rng.int(100, 9999)}.0>`;
      const u = W.user();
      const v = rng.int(0, 3);
      if (v === 0) return L`${ts} HTTP access denied: user '${U(u)}' - invalid credentials`;
      if (v === 1) return L`${ts} connection <0.${rng.int(100, 9999)}.0> (${I(W.in4())}:${port()} -> ${I(W.srv4())}:5672): user '${U(u)}' authenticated and granted access to vhost '/${rng.pick(['', 'orders', 'iot'])}'`;
      if (v === 2) return L`${ts} Error on AMQP connection <0.${rng.int(100, 9999)}.0> (${I(W.in4())}:${port()} -> ${I(W.srv4())}:5672, state: starting): PLAIN login refused: user '${U(u)}' - invalid credentials`;
      return L`${ts} shovel 'orders-dr' connecting to amqps://${O('user', 'shovel')}:${S(X.pw('url'))}@${I(W.srv4())}:5671/%2F?cacertfile=/etc/rabbitmq/ca.pem`;
    } },
    // ---------------------------------------------------------------- Mosquitto MQTT
    { id: 'mosquitto', w: 2, gen: () => {
      const ts = `${clock.epoch()}:`;
      const cid = rng.pick(['sensor-', 'plc-', 'ha-', 'zigbee2mqtt_']) + LK.short();
      const v = rng.int(0, 3);
      if (v === 0) return L`${ts} New client connected from ${I(W.in4())}:${port()} as ${cid} (p2, c1, k60, u'${U(W.user())}').`;
      if (v === 1) return L`${ts} Client ${cid} [${I(W.in4())}:${port()}] disconnected, not authorised.`;
      if (v === 2) return L`${ts} Bridge ${cid} sending CONNECT with remote_username=${U(W.user())} remote_password=${S(X.pw())}`;
      return L`${ts} Opening ipv6 listen socket on port 8883. Client connection from ${v6()} failed: error:0A000418:SSL routines::tlsv1 alert unknown ca.`;
    } },
    // ---------------------------------------------------------------- Tomcat
    { id: 'tomcat', w: 3, gen: () => {
      const ts = `${clock.sqlms('.').replace(/^(\d+)-(\d+)-(\d+)/, '$3-$2-$1')}`;
      const v = rng.int(0, 3);
      if (v === 0) return L`${I(W.in4())} - ${U(W.user())} [${clock.clf()}] "GET /manager/html/list HTTP/1.1" ${rng.pick([200, 401, 403])} ${rng.int(300, 19000)}`;
      if (v === 1) return L`${ts} SEVERE [main] org.apache.catalina.startup.ContextConfig.processContextConfig Parse error in context.xml: <Resource name="jdbc/app" auth="Container" type="javax.sql.DataSource" username="${O('user', 'app_rw')}" password="${S(X.pw())}" url="jdbc:postgresql://${I(W.srv4())}:5432/appdb"/>`;
      if (v === 2) return L`${ts} WARNING [main] org.apache.catalina.users.MemoryUserDatabase.open ignoring <user username="${U(W.user())}" password="${S(X.pw())}" roles="manager-gui,admin-gui"/>`;
      return L`${ts} INFO [http-nio-8080-exec-${rng.int(1, 40)}] org.apache.catalina.realm.LockOutRealm.filterLockedAccounts An attempt was made to authenticate the locked user [${U(W.user())}]`;
    } },
    // ---------------------------------------------------------------- Spring Boot actuator / Hikari
    { id: 'spring-boot', w: 3, gen: () => {
      const ts = `${clock.iso()} ${rng.pick([' INFO', ' WARN', 'DEBUG'])} ${pid()} --- [           main]`;
      const v = rng.int(0, 3);
      if (v === 0) return L`${ts} o.s.b.a.e.web.EndpointLinksResolver : /actuator/env -> {"spring.datasource.url":{"value":"jdbc:mysql://${I(W.srv4())}:3306/shop?user=${O('user', 'shop_app')}&password=${S(X.pw('url'))}"},"spring.datasource.password":{"value":"******"}}`;
      if (v === 1) return L`${ts} com.zaxxer.hikari.HikariDataSource       : HikariPool-${rng.int(1, 3)} - Starting... jdbcUrl=jdbc:sqlserver://${I(W.srv4())}:1433;databaseName=erp;user=${U(W.user())};password=${S(X.pw('alnum'))};encrypt=true`;
      if (v === 2) return L`${ts} o.s.security.web.DefaultSecurityFilterChain : Using generated security password: ${S(X.uuid())}`;
      return L`${ts} o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port ${rng.pick([8080, 8443])} (http) with context path '' build=${LK.gitsha()} trace=${LK.traceparent()}`;
    } },
    // ---------------------------------------------------------------- Rails
    { id: 'rails', w: 3, gen: () => {
      const rid = `[${LK.uuid()}]`;
      const v = rng.int(0, 3);
      const p = W.person();
      if (v === 0) return L`I, [${clock.iso(6).slice(0, -1)} #${pid()}]  INFO -- : ${rid} Started POST "/users/sign_in" for ${anyIp()} at ${clock.sql()} +0000`;
      if (v === 1) return L`I, [${clock.iso(6).slice(0, -1)} #${pid()}]  INFO -- : ${rid}   Parameters: {"authenticity_token"=>"[FILTERED]", "user"=>{"email"=>"${E(W.email(p))}", "password"=>"[FILTERED]", "remember_me"=>"1"}, "commit"=>"Log in"}`;
      if (v === 2) return L`I, [${clock.iso(6).slice(0, -1)} #${pid()}]  INFO -- : ${rid}   Parameters: {"integration"=>{"name"=>"pagerduty", "api_token"=>"${S(X.a62(20))}", "login"=>"${U(p.login)}"}, "id"=>"${rng.int(1, 999)}"}`;
      return L`E, [${clock.iso(6).slice(0, -1)} #${pid()}] ERROR -- : ${rid} Net::SMTPAuthenticationError (535 5.7.8 Username and Password not accepted for ${E(W.email(p))}):`;
    } },
    // ---------------------------------------------------------------- Laravel / PHP
    { id: 'laravel', w: 2, gen: () => {
      const ts = `[${clock.sql()}]`;
      const v = rng.int(0, 3);
      if (v === 0) return L`${ts} production.ERROR: SQLSTATE[HY000] [1045] Access denied for user '${U(W.user())}'@'${I(W.in4())}' (using password: YES) (SQL: select * from \`sessions\` where \`id\` = ${X.a62(40)} limit 1)`;
      if (v === 1) return L`${ts} local.DEBUG: env loaded {"DB_HOST":"${I(W.srv4())}","DB_USERNAME":"${O('user', 'laravel')}","DB_PASSWORD":"${S(X.pw())}","APP_KEY":"base64:${S(X.b64(43))}"}`;
      if (v === 2) return L`${ts} production.ERROR: Expected response code 250 but got code "535", with message "535 Incorrect authentication data" {"exception":"[object] (Swift_TransportException(code: 535)", "MAIL_USERNAME":"${E(W.email())}","MAIL_PASSWORD":"${S(X.pw())}"}`;
      return L`${ts} production.INFO: Login {"user_id":${rng.int(1, 9999)},"username":"${U(W.user())}","ip":"${anyIp()}","ua":"Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"}`;
    } },
    // ---------------------------------------------------------------- Elasticsearch / Kibana
    { id: 'elastic', w: 3, gen: () => {
      const v = rng.int(0, 3);
      if (v === 0) return L`{"type":"audit", "timestamp":"${clock.isoOff()}", "cluster.uuid":"${X.a62(22)}", "node.id":"${X.a62(22)}", "event.type":"rest", "event.action":"authentication_failed", "user.name":"${U(W.user())}", "origin.type":"rest", "origin.address":"[${v6()}]:${port()}", "url.path":"/_security/_authenticate", "request.method":"GET", "request.id":"${X.a62(22)}"}`;
      if (v === 1) return L`{"type":"audit", "timestamp":"${clock.isoOff()}", "event.action":"access_granted", "user.name":"${U(W.user())}", "user.realm":"ldap1", "origin.address":"${I(W.in4())}:${port()}", "action":"indices:data/read/search", "indices":["logs-*"]}`;
      if (v === 2) return L`${h('kibana01', `kibana[${pid()}]`)}[${clock.iso()}][WARN ][config.deprecation] ${K('elasticsearch.username')}: "${O('user', 'kibana_system')}" ${K('elasticsearch.password')}: "${S(X.pw())}" should be replaced by a service account token`;
      return L`${h('es01', `elasticsearch[${pid()}]`)}Enrollment token: ${S(X.b64(120))} (valid for the next 30 minutes), password for the elastic user: ${S(X.a62(20))}`;
    } },
    // ---------------------------------------------------------------- Zabbix
    { id: 'zabbix', w: 2, gen: () => {
      const ts = `${pid()}:${clock.sql('').replace(/[-:]/g, '').replace(/^(\d{8})(\d{6})$/, '$1:$2')}.${rng.int(100, 999)}`;
      const v = rng.int(0, 3);
      if (v === 0) return L`  ${ts} failed to accept an incoming connection: from ${I(W.in4())}: reading first byte from connection failed: [104] Connection reset by peer`;
      if (v === 1) return L`  ${ts} item "db01:mysql.ping[{$MYSQL.HOST},{$MYSQL.PORT}]" became not supported: Access denied for user '${O('user', 'zbx_monitor')}'@'${I(W.in4())}' (using password: YES)`;
      if (v === 2) return L`  ${ts} web audit: user "${U(W.user())}" failed to log in from ${I(W.in4())} (attempt ${rng.int(1, 5)})`;
      return L`  ${ts} executing: /usr/bin/zabbix_sender -z ${I(W.srv4())} -p 10051 -s "${W.srv()}" --tls-connect psk --tls-psk-identity PSK${rng.int(1, 99)} --tls-psk-file /etc/zabbix/psk --tls-psk ${S(X.hex(64))}`;
    } },
    // ---------------------------------------------------------------- Nagios / Icinga check commands
    { id: 'nagios', w: 3, gen: () => {
      const ts = `[${clock.epoch()}]`;
      const host = W.srv();
      const v = rng.int(0, 5);
      if (v === 0) return L`${ts} SERVICE ALERT: ${host};MySQL;CRITICAL;SOFT;2;Access denied for user '${O('user', 'nagios')}'@'${I(W.in4())}'`;
      if (v === 1) return L`${ts} Warning: Check of service 'SNMP uptime' on host '${host}' executed: /usr/lib/nagios/plugins/check_snmp -H ${I(W.in4())} -C ${S(X.community())} -o ${LK.oid()} -w 10 -c 20`;
      if (v === 2) return L`${ts} Debug: command_line=/usr/lib/nagios/plugins/check_mysql -H ${I(W.srv4())} -u ${U(W.user())} -p '${S(X.pw('cli'))}' -d appdb`;
      if (v === 3) return L`${ts} Debug: command_line=/usr/lib/nagios/plugins/check_http -H ${W.fqdn()} -I ${I(W.srv4())} -S -a ${U(W.user())}:${S(X.pw('alnum'))} -u /status`;
      if (v === 4) return L`${ts} Debug: command_line=/usr/lib/nagios/plugins/check_ldap -H ${I(W.srv4())} -b dc=corp,dc=example -D "uid=${U(W.user())},ou=people,dc=corp,dc=example" -P '${S(X.pw('cli'))}' -3`;
      return L`${ts} Debug: command_line=/usr/lib/nagios/plugins/check_snmp -H ${I(W.in4())} -P 3 -L authPriv -U ${O('user', 'nagmon')} -a SHA -A ${S(X.pw('alnum'))} -x AES -X ${S(X.pw('alnum'))} -o ${LK.oid()}`;
    } },
    // ---------------------------------------------------------------- Alertmanager / notifiers
    { id: 'alertmanager', w: 2, gen: () => {
      const pre = L`${h('mon01', `alertmanager[${pid()}]`)}ts=${clock.iso()} caller=notify.go:${rng.int(700, 900)} level=${rng.pick(['error', 'warn'])} component=dispatcher `;
      const v = rng.int(0, 3);
      if (v === 0) return L`${pre}receiver=oncall integration=pagerduty[0] msg="Notify attempt failed" routing_key=${S(X.hex(32))} err="unexpected status code 400"`;
      if (v === 1) return L`${pre}receiver=chat integration=telegram[0] msg="Notify for alerts failed" err="Post \\"https://api.telegram.org/bot${rng.int(1e9, 7e9)}:${S('AA' + X.b64u(33))}/sendMessage\\": context deadline exceeded"`;
      if (v === 2) return L`${pre}receiver=ops integration=opsgenie[0] msg="Notify attempt failed" api_key=${S(X.uuid())} err="401 Unauthorized"`;
      return L`${pre}receiver=mail integration=email[0] msg="Notify attempt failed" smtp_auth_username=${E(W.email())} smtp_auth_password=${S(X.pw())} err="535 5.7.3 Authentication unsuccessful"`;
    } },
    // ---------------------------------------------------------------- restic / borg / rclone / bacula
    { id: 'backup-cli', w: 3, gen: () => {
      const pre = h('bkp01', rng.pick([`restic[${pid()}]`, `borg[${pid()}]`, `backup.sh[${pid()}]`, `bacula-dir[${pid()}]`]));
      const v = rng.int(0, 5);
      if (v === 0) return L`${pre}+ export RESTIC_PASSWORD=${S(X.pw('cli'))} RESTIC_REPOSITORY=s3:https://${I(W.srv4())}:9000/restic-${W.srv()}`;
      if (v === 1) return L`${pre}+ BORG_PASSPHRASE='${S(X.pw('cli'))}' borg create --stats ssh://${O('user', 'borg')}@${I(W.srv4())}:23/./backups::${clock.sql('T').slice(0, 10)} /etc /srv`;
      if (v === 2) return L`${pre}rclone: config dump: [b2] type = b2 account = ${S(X.hex(12) + '000' + X.hex(10))} key = ${S('K00' + X.a62(28))}`;
      if (v === 3) return L`${pre}Director "bacula-dir" Password = "${S(X.b64(32))}" Address = ${I(W.srv4())}`;
      if (v === 4) return L`${pre}snapshot ${LK.short()} saved, ${rng.int(1, 9999)} files, ${rng.int(1, 999)}.${rng.int(0, 9)} GiB added, tree ${LK.sha256()}`;
      return L`${pre}+ export B2_ACCOUNT_ID=${S(X.hex(25))} B2_ACCOUNT_KEY=${S('K00' + X.a62(28))}`;
    } },
    // ---------------------------------------------------------------- MinIO
    { id: 'minio', w: 2, gen: () => {
      const v = rng.int(0, 2);
      if (v === 0) return L`${h('ci-runner-4', `bash[${pid()}]`)}+ mc alias set ${rng.pick(['backup', 'minio', 'lake'])} http://${I(W.srv4())}:9000 ${S(X.a62(20).toUpperCase())} ${S(X.a62(40))}`;
      if (v === 1) return L`${h('minio1', `minio[${pid()}]`)}{"version":"1","deploymentid":"${LK.uuid()}","time":"${clock.iso(6)}","api":{"name":"PutObject","bucket":"velero","object":"backups/${LK.short()}.tar.gz","status":"Forbidden","statusCode":403},"remotehost":"${I(W.in4())}","requestID":"${LK.reqid().slice(0, 16)}","userAgent":"MinIO (linux; amd64) minio-go/v7.0.63","accessKey":"${S(X.a62(20).toUpperCase())}"}`;
      return L`${h('minio1', `minio[${pid()}]`)}API: SYSTEM() Time: ${clock.hms()} DeploymentID: ${LK.uuid()} Error: Access Denied. (user: ${U(W.user())}, remote: ${I(W.in4())}:${port()})`;
    } },
    // ---------------------------------------------------------------- environment dumps (CI, docker inspect)
    { id: 'env-dump', w: 4, gen: () => {
      const [name, val] = X.vendor();
      const v = rng.int(0, 3);
      if (v === 0) return L`${h('ci-runner-4', `woodpecker-agent[${pid()}]`)}step env: ${name}=${S(val)} CI_COMMIT_SHA=${LK.gitsha()} CI_PIPELINE_NUMBER=${rng.int(100, 9999)}`;
      if (v === 1) return L`${h(W.srv(), `dockerd[${pid()}]`)}container ${LK.sha256().slice(0, 12)} "Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin","${name}=${S(val)}","LANG=C.UTF-8","NODE_VERSION=${LK.ver3()}"]`;
      if (v === 2) return L`${h(W.srv(), `systemd[1]`)}app.service: Environment=${name}=${S(val)} APP_ENV=production`;
      return L`::debug::Setting env ${name}=${S(val)} for step "deploy" (runner ${LK.uuid()})`;
    } },
    // ---------------------------------------------------------------- YAML / XML / TOML config fragments echoed by tools
    { id: 'config-fragment', w: 3, gen: () => {
      const pre = h(W.srv(), rng.pick([`ansible-pull[${pid()}]`, `helm[${pid()}]`, `argocd-repo-server[${pid()}]`, `confd[${pid()}]`]));
      const v = rng.int(0, 6);
      if (v === 0) return L`${pre}diff: +  smtp_password: "${S(X.pw())}"`;
      if (v === 1) { const [n, val] = X.vendor(); return L`${pre}rendered values.yaml: ${n.toLowerCase()}: ${S(val)}`; }
      if (v === 2) return L`${pre}stringData: {username: ${U(W.user())}, password: '${S(X.pw())}'}`;
      if (v === 3) return L`${pre}<add key="SmtpPassword" value="${S(X.pw())}" /><add key="ApiBaseUrl" value="https://api.corp.example/v2" />`;
      if (v === 4) return L`${pre}[database] host = "${I(W.srv4())}" user = "${U(W.user())}" password = "${S(X.pw())}" sslmode = "verify-full"`;
      if (v === 5) return L`${pre}<connectionStrings><add name="Main" connectionString="Server=${I(W.srv4())};Database=CRM;User Id=${U(W.user())};Password=${S(X.pw())};" /></connectionStrings>`;
      return L`${pre}netplan: wifis: wlan0: access-points: "CorpIoT": password: "${S(X.pw('cli'))}"`;
    } },
    // ---------------------------------------------------------------- bash history logged to syslog
    { id: 'bash-history', w: 5, gen: () => {
      const u = W.user();
      const pre = L`${h(W.srv(), 'bash')}HISTORY: PID=${pid()} UID=${rng.int(1000, 1999)} USER=${U(u)} CMD=`;
      const v = rng.int(0, 13);
      const pw = X.pw('cli');
      if (v === 0) return L`${pre}mount -t cifs //${I(W.srv4())}/share /mnt/s -o username=${U(u)},password=${S(pw)},domain=${W.netbios()}`;
      if (v === 1) return L`${pre}sqlcmd -S ${I(W.srv4())},1433 -U ${O('user', 'sa')} -P '${S(pw)}' -Q "select @@version"`;
      if (v === 2) return L`${pre}PGPASSWORD=${S(pw)} psql -h ${I(W.srv4())} -U ${U(u)} reporting`;
      if (v === 3) return L`${pre}wget --http-user=${U(u)} --http-password=${S(pw)} https://repo.corp.example/pool/agent_${LK.ver3()}_amd64.deb`;
      if (v === 4) return L`${pre}lftp -u ${U(u)},${S(X.pw('alnum'))} sftp://${I(W.srv4())}`;
      if (v === 5) return L`${pre}htpasswd -b /etc/nginx/.htpasswd ${U(W.user())} ${S(pw)}`;
      if (v === 6) return L`${pre}ldapsearch -x -H ldaps://${I(W.srv4())} -D "uid=${U(u)},ou=people,dc=corp,dc=example" -w ${S(pw)} -b dc=corp,dc=example "(mail=*)"`;
      if (v === 7) return L`${pre}snmpwalk -v2c -c ${S(X.community())} ${I(W.in4())} ${LK.oid().slice(0, 12)}`;
      if (v === 8) return L`${pre}xfreerdp /v:${I(W.in4())} /u:${W.netbios()}\\${U(u)} /p:${S(pw)} /cert:ignore`;
      if (v === 9) return L`${pre}nmcli dev wifi connect CorpIoT password ${S(pw)} ifname wlan0`;
      if (v === 10) return L`${pre}curl -s -H "X-API-Key: ${S(X.a62(32))}" https://${I(W.srv4())}/api/v1/hosts`;
      if (v === 11) return L`${pre}redis-cli -h ${I(W.srv4())} --user ${U(u)} --pass ${S(pw)} info`;
      if (v === 12) return L`${pre}echo '${U(W.user())}:${S(pw)}' | chpasswd`;
      return L`${pre}git log --oneline ${LK.gitsha()}..HEAD -- src/`;
    } },
    // ---------------------------------------------------------------- Kubernetes / cloud CLI lines
    { id: 'k8s-cli', w: 3, gen: () => {
      const pre = h(rng.pick(['ci-runner-4', 'jump01', 'build7']), rng.pick([`gitlab-runner[${pid()}]`, `cloud-init[${pid()}]`, `bash[${pid()}]`]));
      const v = rng.int(0, 6);
      if (v === 0) return L`${pre}$ kubeadm join ${I(W.srv4())}:6443 --token ${S(`${rng.str(6, 'abcdefghijklmnopqrstuvwxyz0123456789')}.${rng.str(16, 'abcdefghijklmnopqrstuvwxyz0123456789')}`)} --discovery-token-ca-cert-hash sha256:${LK.sha256()}`;
      if (v === 1) return L`${pre}$ oc login --token=${S(`sha256~${X.b64u(43)}`)} --server=https://api.ocp.corp.example:6443`;
      if (v === 2) return L`${pre}$ az login --service-principal -u ${O('secret', X.uuid())} -p ${S(`${X.a62(3)}8Q~${X.b64u(34)}`)} --tenant ${LK.uuid()}`;
      if (v === 3) return L`${pre}$ helm repo add corp https://charts.corp.example --username ${U(W.user())} --password ${S(X.pw('cli'))}`;
      if (v === 4) return L`${pre}$ argocd login argocd.corp.example --username ${U(W.user())} --password '${S(X.pw('cli'))}' --grpc-web`;
      if (v === 5) return L`${pre}$ vault login -method=userpass username=${U(W.user())} password=${S(X.pw('cli'))}`;
      return L`${pre}$ kubectl config set-credentials ${U(W.user())} --token=${S(X.jwt())}`;
    } },
    // ---------------------------------------------------------------- Puppet agent
    { id: 'puppet', w: 3, gen: () => {
      const pre = h(W.srv(), `puppet-agent[${pid()}]`);
      const u = W.user();
      const v = rng.int(0, 4);
      if (v === 0) return L`${pre}(/Stage[main]/Profile::Mysql/Mysql_user[${U(u)}@%]/password_hash) password_hash changed '${S(X.hashMysql())}' to '${S(X.hashMysql())}'`;
      if (v === 1) return L`${pre}(/Stage[main]/Accounts/User[${U(u)}]/password) changed [redacted] to [redacted]`;
      if (v === 2) return L`${pre}(/Stage[main]/App::Config/File[/etc/app/app.ini]/content) +db_password = ${S(X.pw())}`;
      if (v === 3) return L`${pre}(/Stage[main]/Postgresql::Server/Postgresql::Server::Role[${U(u)}]/Postgresql_psql[ALTER ROLE ${U(u)} ENCRYPTED PASSWORD ****]/command) executed successfully`;
      return L`${pre}Applied catalog in ${(rng.next() * 40).toFixed(2)} seconds (config version ${clock.epoch()}, environment production, code_id ${LK.gitsha()})`;
    } },
    // ---------------------------------------------------------------- Salt highstate output
    { id: 'salt', w: 2, gen: () => {
      const u = W.user();
      const pre = () => h('salt-master', `salt-master[${pid()}]`, 'bsd');
      const v = rng.int(0, 1);
      if (v === 0) return { lines: [
        L`${pre()}----------`,
        L`${pre()}          ID: mysql_user_${U(u)}`,
        L`${pre()}    Function: mysql_user.present`,
        L`${pre()}        Name: ${U(u)}`,
        L`${pre()}      Result: True`,
        L`${pre()}     Comment: The user ${U(u)}@${I(W.in4())} has been added`,
        L`${pre()}     Changes:   ${U(u)}: Present password: ${S(X.pw())}`,
      ] };
      return L`${pre()}minion ${W.srv()} pillar: {'smtp': {'user': '${E(W.email())}', 'password': '${S(X.pw())}'}, 'ntp_servers': ['${I(W.out4())}']}`;
    } },
    // ---------------------------------------------------------------- Authelia
    { id: 'authelia', w: 2, gen: () => {
      const v = rng.int(0, 2);
      const pre = L`time="${clock.isoOff().slice(0, 19)}+02:00" level=${rng.pick(['error', 'info'])} `;
      if (v === 0) return L`${pre}msg="Unsuccessful 1FA authentication attempt by user '${U(W.user())}'" error="user not found" method=POST path=/api/firstfactor remote_ip=${anyIp()}`;
      if (v === 1) return L`${pre}msg="Successful 1FA authentication attempt made by user '${U(W.user())}'" method=POST path=/api/firstfactor remote_ip=${anyIp()}`;
      return L`${pre}msg="Mark 1FA authentication attempt made by user '${U(W.user())}'" method=POST path=/api/firstfactor remote_ip=${anyIp()} stack="github.com/authelia/authelia/v4/internal/handlers/handler_firstfactor.go:${rng.int(50, 200)}"`;
    } },
    // ---------------------------------------------------------------- FreeIPA / SSSD
    { id: 'freeipa-sssd', w: 3, gen: () => {
      const u = W.user(); const realm = 'CORP.EXAMPLE';
      const v = rng.int(0, 3);
      if (v === 0) return L`${h(W.srv(), `sshd[${pid()}]`)}pam_sss(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=${anyIp()} user=${U(u)}`;
      if (v === 1) return L`${h(W.srv(), `sshd[${pid()}]`)}pam_sss(sshd:auth): received for user ${U(u)}: 7 (Authentication failure)`;
      if (v === 2) return L`${h('ipa01', 'ipa')}[jsonserver_session] ${U(W.user())}@${realm}: user_add/1('${U(u)}', givenname='${O('user', W.person().first)}', userpassword='${S(X.pw())}', version='2.253'): SUCCESS`;
      return L`${h(W.srv(), `krb5_child[${pid()}]`)}Preauthentication failed for ${U(u)}@${realm} from ${I(W.in4())}`;
    } },
    // ---------------------------------------------------------------- Zimbra
    { id: 'zimbra', w: 2, gen: () => {
      const e = W.email();
      const v = rng.int(0, 2);
      if (v === 0) return L`${clock.sqlms()} WARN  [qtp${rng.int(1e8, 9e8)}-${rng.int(100, 999)}:https://mail.corp.example/service/soap/AuthRequest] [name=${E(e)};oip=${anyIp()};ua=zclient/9.0.0_GA_4178;soapId=${X.a62(8)};] SoapEngine - handler exception: authentication failed for [${E(e)}], invalid password`;
      if (v === 1) return L`${clock.sqlms()} INFO  [ImapSSLServer-${rng.int(1, 99)}] [ip=${I(W.in4())};oip=${anyIp()};via=${I(W.in4())}(nginx/1.24.0);ua=Thunderbird/128.3.0;] imap - user ${E(e)} authenticated, mechanism=PLAIN`;
      return L`${clock.sqlms()} INFO  [btpool0-${rng.int(1, 99)}://localhost/service/admin/soap/ModifyAccountRequest] [name=${E(W.email())};oip=${I(W.in4())};] security - cmd=ChangePassword; account=${E(e)}; newPassword=${S(X.pw())};`;
    } },
    // ---------------------------------------------------------------- Exchange message tracking (CSV)
    { id: 'exchange-tracking', w: 2, gen: () => {
      const snd = W.email(), rcp = W.email();
      return L`${clock.iso()},${I(W.in4())},${W.ws()},${I(W.srv4())},EXCH01,08DC${X.hex(12).toUpperCase()};${clock.iso()};0,Default EXCH01,SMTP,${rng.pick(['RECEIVE', 'DELIVER', 'SEND', 'FAIL'])},${rng.int(1e10, 9e10)},<${O('email', `${LK.short()}@EXCH01.corp.example`)}>,${LK.uuid()},${E(rcp)},,${rng.int(1000, 999999)},1,,,${rng.pick(['Q3 forecast', 'Re: invoice 4471', 'Out of office'])},${E(snd)},${E(snd)},,Originating`;
    } },
    // ---------------------------------------------------------------- Oracle TNS listener
    { id: 'oracle-listener', w: 2, gen: () => {
      const d = `${clock.sql().slice(8, 10)}-${['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'][new Date(clock.ms()).getUTCMonth()]}-${clock.sql().slice(0, 4)} ${clock.sql().slice(11)}`;
      const v = rng.int(0, 1);
      if (v === 0) return L`${d} * (CONNECT_DATA=(SERVICE_NAME=ORCLPDB1)(CID=(PROGRAM=C:\\app\\client\\product\\19.0.0\\client_1\\bin\\sqlplus.exe)(HOST=${W.ws()})(USER=${U(W.user())}))) * (ADDRESS=(PROTOCOL=tcp)(HOST=${I(W.in4())})(PORT=${port()})) * establish * ORCLPDB1 * 0`;
      return L`${d} * (CONNECT_DATA=(SID=ERP)(CID=(PROGRAM=JDBC Thin Client)(HOST=__jdbc__)(USER=${O('user', 'erpapp')}))) * (ADDRESS=(PROTOCOL=tcp)(HOST=${I(W.srv4())})(PORT=${port()})) * establish * ERP * 12505`;
    } },
    // ---------------------------------------------------------------- Windows XmlWinEventLog
    { id: 'windows-xml', w: 3, gen: () => {
      const u = W.user(); const dom = W.netbios();
      const sys = (id) => L`<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-Auditing' Guid='{54849625-5478-4994-a5ba-3e3b0328c30d}'/><EventID>${id}</EventID><TimeCreated SystemTime='${clock.iso(7)}'/><Computer>${W.ws()}.corp.example</Computer></System><EventData>`;
      const v = rng.int(0, 2);
      if (v === 0) return L`${sys(4625)}<Data Name='TargetUserName'>${U(u)}</Data><Data Name='TargetDomainName'>${dom}</Data><Data Name='Status'>0xc000006d</Data><Data Name='LogonType'>${rng.pick([3, 10])}</Data><Data Name='WorkstationName'>${W.ws()}</Data><Data Name='IpAddress'>${anyIp()}</Data><Data Name='IpPort'>${port()}</Data></EventData></Event>`;
      if (v === 1) return L`${sys(4624)}<Data Name='TargetUserSid'>${O('user', `S-1-5-21-${rng.int(1e9, 4e9)}-${rng.int(1e9, 4e9)}-${rng.int(1e8, 9e8)}-${rng.int(1100, 9999)}`)}</Data><Data Name='TargetUserName'>${U(u)}</Data><Data Name='TargetDomainName'>${dom}</Data><Data Name='LogonType'>3</Data><Data Name='LogonGuid'>{${LK.uuid()}}</Data><Data Name='IpAddress'>${I('::ffff:' + W.in4())}</Data></EventData></Event>`;
      return L`${sys(4720)}<Data Name='TargetUserName'>${U(W.user())}</Data><Data Name='TargetDomainName'>${dom}</Data><Data Name='SubjectUserName'>${U(u)}</Data><Data Name='DisplayName'>${O('user', W.person().display)}</Data><Data Name='UserPrincipalName'>${E(W.email())}</Data></EventData></Event>`;
    } },
    // ---------------------------------------------------------------- Sysmon process create / PowerShell 4104 command lines
    { id: 'sysmon-cmd', w: 4, gen: () => {
      const u = W.user(); const dom = W.netbios(); const pw = X.pw('cli');
      const cmd = rng.w([
        [1, () => L`net use \\\\${W.srv()}\\finance /user:${dom}\\${U(u)} ${S(pw)} /persistent:no`],
        [1, () => L`cmdkey /add:${W.srv()}.corp.example /user:${dom}\\${U(u)} /pass:${S(pw)}`],
        [1, () => L`schtasks /create /tn "Nightly Sync" /tr C:\\ops\\sync.cmd /sc daily /ru ${dom}\\${U(u)} /rp ${S(pw)}`],
        [1, () => L`PsExec64.exe \\\\${I(W.in4())} -u ${dom}\\${U(u)} -p ${S(pw)} -accepteula cmd /c ipconfig`],
        [1, () => L`powershell.exe -c "$p = ConvertTo-SecureString '${S(pw)}' -AsPlainText -Force; $c = New-Object PSCredential('${dom}\\${U(u)}', $p)"`],
        [1, () => L`netsh wlan set hostednetwork mode=allow ssid=Lab-AP key=${S(pw)}`],
      ])();
      const v = rng.int(0, 1);
      if (v === 0) return L`${h(W.ws(), 'Microsoft-Windows-Sysmon')}Process Create: RuleName: - UtcTime: ${clock.sqlms('.')} ProcessGuid: {${LK.uuid()}} ProcessId: ${pid()} Image: C:\\Windows\\System32\\cmd.exe FileVersion: 10.0.19041.4355 CommandLine: ${cmd} CurrentDirectory: C:\\Users\\${U(u)}\\ User: ${dom}\\${U(u)} LogonId: 0x${X.hex(6)} Hashes: SHA256=${LK.sha256().toUpperCase()}`;
      return L`${h(W.ws(), 'Microsoft-Windows-PowerShell')}4104: Creating Scriptblock text (1 of 1): ${cmd} ScriptBlock ID: ${LK.uuid()} Path: C:\\Users\\${U(u)}\\Documents\\deploy.ps1`;
    } },
    // ---------------------------------------------------------------- ModSecurity audit log (multi-line)
    { id: 'modsecurity', w: 2, gen: () => {
      const id = X.a62(8);
      const cl = anyIp();
      const u = W.user();
      return { lines: [
        L`--${id}-A--`,
        L`[${clock.clf()}] ${X.a62(27)} ${cl} ${port()} ${I(W.srv4())} 443`,
        L`--${id}-B--`,
        L`POST /api/login HTTP/1.1`,
        L`Host: portal.corp.example`,
        rng.chance(0.5) ? L`Authorization: Basic ${S(Buffer.from(`${u}:${X.pw('alnum')}`).toString('base64'))}` : L`Cookie: PHPSESSID=${S(X.a62(26))}; lang=en`,
        L`X-Forwarded-For: ${I(W.out4())}`,
        L`--${id}-H--`,
        L`Message: Warning. Pattern match "(?i:union.*select)" at ARGS:q. [file "/etc/modsecurity/crs/REQUEST-942-APPLICATION-ATTACK-SQLI.conf"] [line "${rng.int(100, 900)}"] [id "942100"] [ver "OWASP_CRS/4.3.0"]`,
        L`--${id}-Z--`,
      ] };
    } },
    // ---------------------------------------------------------------- fail2ban / CrowdSec
    { id: 'fail2ban-crowdsec', w: 3, gen: () => {
      const v = rng.int(0, 3);
      if (v === 0) return L`${clock.sqlms()} fail2ban.actions        [${pid()}]: NOTICE  [${rng.pick(['sshd', 'nginx-http-auth', 'postfix-sasl', 'recidive'])}] Ban ${anyIp()}`;
      if (v === 1) return L`${clock.sqlms()} fail2ban.filter         [${pid()}]: INFO    [sshd] Found ${anyIp()} - ${clock.sql()}`;
      if (v === 2) return L`time="${clock.iso(0)}" level=info msg="Ip ${anyIp()} performed 'crowdsecurity/ssh-bf' (${rng.int(5, 12)} events over ${(rng.next() * 9).toFixed(6)}s) at ${clock.iso(6)}"`;
      return L`time="${clock.iso(0)}" level=info msg="(${LK.short()}/crowdsec) crowdsecurity/http-probing by ip ${anyIp()} (DE/${rng.int(1000, 65000)}) : 4h ban on Ip ${anyIp()}"`;
    } },
    // ---------------------------------------------------------------- Kong gateway JSON log
    { id: 'kong', w: 2, gen: () => {
      const ip = W.out4();
      const auth = rng.w([[1, () => ({ apikey: S(X.a62(32)) })], [1, () => ({ authorization: R('"Bearer ', S(X.jwt()), '"') })], [1, () => ({ 'x-consumer-username': U(W.user()) })]])();
      const hdrs = { host: 'api.corp.example', 'user-agent': 'okhttp/4.12.0', ...auth };
      return L`${h('kong-gw1', `kong[${pid()}]`)}${J({ request: { method: 'GET', uri: '/v1/orders?limit=50', headers: hdrs, size: rng.int(200, 900) }, response: { status: rng.pick([200, 401, 429]) }, consumer: { username: U(W.user()), id: LK.uuid() }, client_ip: I(ip), started_at: clock.epochms(), latencies: { kong: rng.int(0, 9), proxy: rng.int(5, 900) } })}`;
    } },
    // ---------------------------------------------------------------- AWS ALB access log
    { id: 'aws-alb', w: 2, gen: () => {
      const q = rng.w([[2, () => L``], [1, () => L`?access_token=${S(X.a62(40))}`], [1, () => L`?email=${E(W.email())}&page=2`], [1, () => L`?api_key=${S(X.hex(32))}`]])();
      return L`https ${clock.iso(6)} app/prod-alb/${X.hex(16)} ${I(W.out4())}:${port()} ${I(W.in4())}:8080 0.001 0.0${rng.int(10, 99)} 0.000 ${rng.pick([200, 302, 401])} ${rng.pick([200, 302, 401])} ${rng.int(100, 900)} ${rng.int(100, 90000)} "GET https://portal.corp.example:443/account${q} HTTP/2.0" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Version/17.5 Safari/605.1.15" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:eu-west-1:${rng.int(1e11, 9e11)}:targetgroup/portal/${X.hex(16)} "Root=1-${X.hex(8)}-${X.hex(24)}" "portal.corp.example" "arn:aws:acm:eu-west-1:${rng.int(1e11, 9e11)}:certificate/${LK.uuid()}" 0 ${clock.iso(6)} "forward" "-" "-" "${I(W.in4())}:8080" "200" "-" "-"`;
    } },
  ];
}
