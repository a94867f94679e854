#!/usr/bin/env bash
# Installs the real peers the integration tests talk to: util-linux logger,
# rsyslog (with GnuTLS for TLS forwarding), syslog-ng and the AWS CLI (Debian's
# awscli, which reads what logveil wrote to an S3 server). s3rver comes from npm. syslog-ng conflicts
# with rsyslog as a Debian package, so its binary is unpacked into .peers/
# (git-ignored) and run from there. Needs root (apt-get). Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
export DEBIAN_FRONTEND=noninteractive
need=()
command -v logger >/dev/null || need+=(bsdutils)
command -v rsyslogd >/dev/null || need+=(rsyslog)
dpkg -s rsyslog-gnutls >/dev/null 2>&1 || need+=(rsyslog-gnutls)
command -v openssl >/dev/null || need+=(openssl)
[ -x /usr/bin/aws ] || need+=(awscli)
for lib in libivykis0 libnet1 libpcre3 libwrap0; do dpkg -s "$lib" >/dev/null 2>&1 || need+=("$lib"); done
if [ ${#need[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

if [ ! -x .peers/syslog-ng/usr/sbin/syslog-ng ]; then
  tmp=$(mktemp -d)
  # Without package lists (nothing above needed apt-get update), the download has nothing to find.
  (cd "$tmp" && { apt-get download syslog-ng-core >/dev/null 2>&1 || { $SUDO apt-get update -qq && apt-get download syslog-ng-core >/dev/null; }; })
  mkdir -p .peers/syslog-ng
  dpkg -x "$tmp"/syslog-ng-core_*.deb .peers/syslog-ng
  rm -rf "$tmp"
fi
echo "peers: $(logger --version | head -1); $(rsyslogd -v | head -1); $(LD_LIBRARY_PATH=.peers/syslog-ng/usr/lib/syslog-ng .peers/syslog-ng/usr/sbin/syslog-ng --version | head -1); $(/usr/bin/aws --version 2>&1 | head -1)"
