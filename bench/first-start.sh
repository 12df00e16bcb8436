#!/usr/bin/env bash
# Run from a fresh clone after `npm install` (rm -rf dist data for a first start): `bash bench/first-start.sh`.
# Time from `npm start` to /health answering 200, and the server process's peak RSS (VmHWM), on the embedded database.
PORT=${PORT:-3222}
start=$(date +%s.%N)
PORT=$PORT npm start > /tmp/first-start.out 2>&1 &
NPM=$!
peak=0; srv=""
while :; do
  if [ -z "$srv" ]; then srv=$(ps -eo pid,comm,args | awk '$2=="node" && /dist\/src\/server.js/ {print $1}' | head -1); fi
  if [ -n "$srv" ]; then h=$(awk '/VmHWM/{print $2}' /proc/$srv/status 2>/dev/null); [ -n "$h" ] && [ "$h" -gt "$peak" ] && peak=$h; fi
  if curl -sf localhost:$PORT/health >/dev/null 2>&1; then break; fi
  sleep 0.2
done
end=$(date +%s.%N)
echo "health after $(awk -v a="$start" -v b="$end" 'BEGIN{printf "%.1f", b-a}') s; server peak RSS so far $((peak/1024)) MB"
sleep 10
h=$(awk '/VmHWM/{print $2}' /proc/$srv/status); r=$(awk '/VmRSS/{print $2}' /proc/$srv/status)
echo "after 10 s idle: peak $((h/1024)) MB, now $((r/1024)) MB"
kill $srv; wait $NPM 2>/dev/null
