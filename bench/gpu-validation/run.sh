#!/usr/bin/env bash
# GPU validation of the node agent on a machine with an NVIDIA GPU, nvcc and a Java runtime
# (JAVA=path/to/java, else dist/runtime/bin/java from make-runtime.sh, else java on PATH).
#  a) the agent's NVIDIA provider lists the GPUs (DeviceProbeCli nvidia, JSON)
#  b) the mps backend starts the MPS control daemon
#  c) two probes share GPU 0 with environments from the mps backend (EnforceCli):
#     task A: 4 GiB slice, asks for 8 GiB  -> expected out of memory (exit 2)
#     task B: 2 GiB slice, uses 1 GiB, other compute %  -> expected to complete (exit 0)
#     then one probe alone at 100 % and at 25 % compute, to measure the compute cap
#  d) writes $RESULTS_DIR/results.json; its content is also the last line printed.
# Exit 0 when every expectation held, 1 otherwise.
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
RESULTS="${RESULTS_DIR:-$HERE/results}"
JAVA="${JAVA:-}"
if [ -z "$JAVA" ]; then
  if [ -x "$HERE/dist/runtime/bin/java" ]; then JAVA="$HERE/dist/runtime/bin/java"; else JAVA=java; fi
fi
CP="${AGENT_CP:-$HERE/dist/lib/*}"
NVCC="${NVCC:-$(command -v nvcc || echo /usr/local/cuda/bin/nvcc)}"
SECONDS_PER_PROBE="${PROBE_SECONDS:-8}"
MPS_PIPE="$(mktemp -d /tmp/computility-mps-pipe.XXXXXX)"
MPS_LOG="$(mktemp -d /tmp/computility-mps-log.XXXXXX)"
MPS_CONFIG=("pipeDirectory=$MPS_PIPE" "logDirectory=$MPS_LOG")
mkdir -p "$RESULTS"
LOG="$RESULTS/run.log"
: > "$LOG"

say() { echo "$*" | tee -a "$LOG"; }
enforce() { "$JAVA" -cp "$CP" io.computility.agent.enforce.EnforceCli "$@"; }
stop_daemon() {
  enforce mps --device 0 --compute 100 --memory-mb 1 --after-stop stopWhenIdle=true \
    "${MPS_CONFIG[@]}" >/dev/null 2>>"$LOG" || true
  rm -rf "$MPS_PIPE" "$MPS_LOG"
}
trap stop_daemon EXIT

say "== build probe with $NVCC"
"$NVCC" -O2 -o "$RESULTS/mps_probe" "$HERE/mps_probe.cu" >>"$LOG" 2>&1 || { say "nvcc failed"; exit 1; }

say "== a) devices through the agent's nvidia provider"
FIELDS="index,uuid,name,memory.total,memory.used,utilization.gpu,temperature.gpu,power.draw,pci.bus_id,driver_version"
nvidia-smi --query-gpu="$FIELDS" --format=csv,noheader,nounits > "$RESULTS/nvidia-smi-provider-query.csv" 2>>"$LOG"
"$JAVA" -cp "$CP" io.computility.agent.device.DeviceProbeCli nvidia > "$RESULTS/devices.json" 2>>"$LOG"
PROBE_RC=$?
cat "$RESULTS/devices.json" | tee -a "$LOG"
UUID0="$(sed -n 's/.*"index":0,"uuid":"\([^"]*\)".*/\1/p' "$RESULTS/devices.json")"
say "gpu0 uuid: ${UUID0:-unknown}"

say "== b) MPS daemon through the mps backend (pipe $MPS_PIPE)"
enforce mps --device 0 --compute 100 --memory-mb 1 --before-start "${MPS_CONFIG[@]}" >/dev/null 2>>"$LOG"
DAEMON_RC=$?
sleep 1
pgrep -af nvidia-cuda-mps-control >> "$LOG" 2>&1 || say "no nvidia-cuda-mps-control process seen"

run_probe() { # name compute limit_mb ask_mb -> runs in background, output in $RESULTS/<name>.out
  local name=$1 compute=$2 limit=$3 ask=$4
  enforce mps --device 0 --uuid "${UUID0:-0}" --compute "$compute" --memory-mb "$limit" \
    --task "$name" "${MPS_CONFIG[@]}" > "$RESULTS/$name.env"
  say "-- $name env: $(tr '\n' ' ' < "$RESULTS/$name.env")"
  env $(cat "$RESULTS/$name.env") "$RESULTS/mps_probe" --memory-mb "$ask" \
    --seconds "$SECONDS_PER_PROBE" --label "$name" > "$RESULTS/$name.out" 2>&1
  echo $? > "$RESULTS/$name.rc"
}

say "== c) two tasks on GPU 0 at once"
run_probe task-a 30 4096 8192 &
run_probe task-b 50 2048 1024 &
wait
say "== c') compute cap alone: 100 % and 25 %"
run_probe alone-100 100 2048 512
run_probe alone-25 25 2048 512
for n in task-a task-b alone-100 alone-25; do say "$n rc=$(cat "$RESULTS/$n.rc"): $(tr '\n' ' ' < "$RESULTS/$n.out")"; done
cp "$MPS_LOG"/*.log "$RESULTS/" 2>/dev/null || true

rate() { sed -n 's/.*kernels_per_s=\([0-9.]*\).*/\1/p' "$RESULTS/$1.out"; }
A_RC=$(cat "$RESULTS/task-a.rc"); B_RC=$(cat "$RESULTS/task-b.rc")
R100=$(rate alone-100); R25=$(rate alone-25)
RATIO=$(awk -v a="${R25:-0}" -v b="${R100:-0}" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "null" }')
A_OOM=$([ "$A_RC" = 2 ] && grep -q "result=oom" "$RESULTS/task-a.out" && echo true || echo false)
B_OK=$([ "$B_RC" = 0 ] && grep -q "result=ok allocated_mb=1024" "$RESULTS/task-b.out" && echo true || echo false)
PASS=$([ "$PROBE_RC" = 0 ] && [ -n "$UUID0" ] && [ "$DAEMON_RC" = 0 ] && [ "$A_OOM" = true ] && [ "$B_OK" = true ] && echo true || echo false)
printf '{"bench":"gpu-validation","device":"%s","provider_ok":%s,"mps_daemon_started":%s,"task_a_rc":%s,"task_a_oom":%s,"task_b_rc":%s,"task_b_completed":%s,"kernels_per_s_100":%s,"kernels_per_s_25":%s,"ratio_25_to_100":%s,"pass":%s}\n' \
  "$(nvidia-smi --query-gpu=name --format=csv,noheader | head -1)" \
  "$([ "$PROBE_RC" = 0 ] && echo true || echo false)" "$([ "$DAEMON_RC" = 0 ] && echo true || echo false)" \
  "$A_RC" "$A_OOM" "$B_RC" "$B_OK" "${R100:-null}" "${R25:-null}" "$RATIO" "$PASS" > "$RESULTS/results.json"
cat "$RESULTS/results.json"
[ "$PASS" = true ]
