#!/bin/sh
# Serves a built Cam kết (dist/) with the shipped nginx configuration, in the foreground, as any
# user: nginx's pid, logs and temporary files live under a directory of its own in $TMPDIR.
#
#   deploy/nginx/run.sh PORT [DIST]      (DIST defaults to ./dist; Ctrl-C stops it)
#
# Used by the end-to-end tests (tests/e2e/nginx.spec.ts). It runs deploy/nginx/cam-ket.conf and
# app.conf as shipped, changing only the lines marked "run.sh": listen on 127.0.0.1:PORT, serve
# DIST, include app.conf from here. DIST may be a symbolic link: nginx follows it on every request,
# so repointing it publishes another build without a restart (the update tests do so).
set -eu

if [ $# -lt 1 ]; then
  echo "usage: $0 PORT [DIST]" >&2
  exit 2
fi
PORT=$1
DIST=${2:-dist}
HERE=$(cd "$(dirname "$0")" && pwd)
NGINX=${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}

if [ ! -x "$NGINX" ]; then
  echo "nginx not found. Install it: sudo apt-get install -y nginx   (or set NGINX=/path/to/nginx)" >&2
  exit 1
fi
case $DIST in /*) ;; *) DIST="$(pwd)/$DIST" ;; esac
if [ ! -f "$DIST/index.html" ]; then
  echo "$DIST/index.html not found: build first (npm run build)." >&2
  exit 1
fi
MIME_TYPES=${NGINX_MIME_TYPES:-/etc/nginx/mime.types}
if [ ! -f "$MIME_TYPES" ]; then
  echo "$MIME_TYPES not found: set NGINX_MIME_TYPES to nginx's mime.types." >&2
  exit 1
fi

# One directory per port, emptied on start (a test runner may kill this script without notice).
PREFIX="${TMPDIR:-/tmp}/cam-ket-nginx-$PORT"
# An nginx this script started earlier on this port and that outlived its runner: stop it first.
if [ -f "$PREFIX/nginx.pid" ]; then
  OLD=$(cat "$PREFIX/nginx.pid")
  if grep -q "cam-ket-nginx-$PORT" "/proc/$OLD/cmdline" 2>/dev/null; then
    kill "$OLD" 2>/dev/null || true
    sleep 0.5
  fi
fi
rm -rf "$PREFIX"
mkdir -p "$PREFIX/conf" "$PREFIX/logs" "$PREFIX/tmp"

# The shipped site file, with the lines marked "run.sh" pointed here.
sed \
  -e "s|^\( *\)listen 80; *# run.sh\$|\1listen 127.0.0.1:$PORT;|" \
  -e "/listen \[::\]:80; *# run.sh\$/d" \
  -e "s|^\( *\)root .*# run.sh\$|\1root $DIST;|" \
  -e "s|^\( *\)include .*app.conf; *# run.sh\$|\1include $HERE/app.conf;|" \
  "$HERE/cam-ket.conf" > "$PREFIX/conf/cam-ket.conf"
if grep -q '# run.sh' "$PREFIX/conf/cam-ket.conf"; then
  echo "run.sh: a line marked 'run.sh' in cam-ket.conf was not recognised:" >&2
  grep '# run.sh' "$PREFIX/conf/cam-ket.conf" >&2
  exit 1
fi

# As root, nginx's workers drop to an unprivileged user, who must be able to read DIST.
USER_LINE=""
if [ "$(id -u)" = 0 ]; then USER_LINE="user nobody nogroup;"; fi

cat > "$PREFIX/conf/nginx.conf" <<EOF
# Written by deploy/nginx/run.sh: a minimal main file around the shipped cam-ket.conf.
$USER_LINE
worker_processes 1;
pid $PREFIX/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
    include $MIME_TYPES;
    default_type application/octet-stream;
    sendfile on;
    access_log off;
    client_body_temp_path $PREFIX/tmp/client_body;
    proxy_temp_path $PREFIX/tmp/proxy;
    fastcgi_temp_path $PREFIX/tmp/fastcgi;
    uwsgi_temp_path $PREFIX/tmp/uwsgi;
    scgi_temp_path $PREFIX/tmp/scgi;
    include $PREFIX/conf/cam-ket.conf;
}
EOF

echo "Cam kết: nginx serving $DIST at http://127.0.0.1:$PORT/ (config: $PREFIX/conf)"
exec "$NGINX" -p "$PREFIX/" -e stderr -c "$PREFIX/conf/nginx.conf" -g 'daemon off;'
