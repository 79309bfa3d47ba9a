#!/usr/bin/env bash
# Peak memory of one `dangjian index` run, anonymous (the heap) and mapped (files,
# e.g. tantivy's segments) apart, sampled from /proc/PID/status every 0.2 s, with the
# kernel's own peak (VmHWM) and the wall time. The index folder is made anew.
#   scripts/peak-memory.sh target/release/dangjian CORPUS INDEX
set -euo pipefail
bin=$1 corpus=$2 index=$3
rm -rf "$index"
start=$(date +%s.%N)
"$bin" -q index "$corpus" --index "$index" >/dev/null 2>&1 &
pid=$!
anon=0 file=0 hwm=0
while kill -0 "$pid" 2>/dev/null; do
    if read -r a f h < <(awk '/^RssAnon/{a=$2} /^RssFile/{f=$2} /^VmHWM/{h=$2} END{print a+0, f+0, h+0}' \
        "/proc/$pid/status" 2>/dev/null); then
        ((a > anon)) && anon=$a
        ((f > file)) && file=$f
        ((h > hwm)) && hwm=$h
    fi
    sleep 0.2
done
wait "$pid" || echo "index exited with $?" >&2
end=$(date +%s.%N)
echo "anonymous peak $((anon / 1024)) MiB, mapped peak $((file / 1024)) MiB, VmHWM $((hwm / 1024)) MiB, $(awk "BEGIN{printf \"%.1f\", $end - $start}") s"
