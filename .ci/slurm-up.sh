#!/usr/bin/env bash
# Installs and starts a real single-node Slurm (slurmctld, slurmd, munged, slurmrestd with JWT) on a
# Debian machine without systemd. Idempotent: a second run changes nothing that is already right and
# only starts the daemons that are not running. Needs root.
#
# Environment (all optional):
#   SLURM_REST_PORT   port slurmrestd listens on (default 6820, bound to 127.0.0.1)
#   SLURM_JOB_USER    user the tests' jobs run as (default computility)
set -euo pipefail

PORT="${SLURM_REST_PORT:-6820}"
JOB_USER="${SLURM_JOB_USER:-computility}"
REST_USER=slurmrest
CONF=/etc/slurm/slurm.conf
JWT_KEY=/etc/slurm/jwt_hs256.key
LOG_DIR=/var/log/slurm
OUT_DIR=/tmp/computility-slurm

say() { echo "slurm-up: $*"; }
# A live (not zombie) process with exactly this command name.
running() { ps -C "$1" -o stat= 2>/dev/null | grep -qv '^Z'; }

if [ "$(id -u)" -ne 0 ]; then
  say "must run as root" >&2
  exit 1
fi

# 1. Packages (Slurm 22.05 on Debian 12).
need=()
for p in slurm-wlm slurmrestd munge slurm-wlm-jwt-plugin; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if [ "${#need[@]}" -gt 0 ]; then
  say "installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 install -y "${need[@]}" >/dev/null ||
    { apt-get -o DPkg::Lock::Timeout=600 update >/dev/null &&
      apt-get -o DPkg::Lock::Timeout=600 install -y "${need[@]}" >/dev/null; }
fi

# 2. Users: slurmrestd refuses to run as root; jobs should not run as root either.
id "$REST_USER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$REST_USER"
id "$JOB_USER" >/dev/null 2>&1 || useradd --create-home --shell /bin/bash "$JOB_USER"

# 3. Munge with its own key; the socket directory must be reachable by every user.
[ -s /etc/munge/munge.key ] || mungekey --create --keyfile=/etc/munge/munge.key
chown munge:munge /etc/munge/munge.key && chmod 0400 /etc/munge/munge.key
install -d -o munge -g munge -m 0755 /run/munge /var/lib/munge /var/log/munge
if ! running munged; then
  say "starting munged"
  runuser -u munge -- /usr/sbin/munged
fi

# 4. JWT key (HS256 secret shared by slurmctld and whoever mints tokens).
if [ ! -s "$JWT_KEY" ]; then
  dd if=/dev/urandom of="$JWT_KEY" bs=32 count=1 status=none
fi
chown slurm:slurm "$JWT_KEY" && chmod 0600 "$JWT_KEY"

# 5. slurm.conf for this host: one node with one fake GPU, three partitions with different
#    queue semantics (priority tier, max time, OverSubscribe, state) for the queue view.
host="$(hostname -s)"
cpus="$(nproc)"
mem_mb="$(awk '/MemTotal/ {printf "%d", $2 / 1024 * 0.8}' /proc/meminfo)"
install -d -o slurm -g slurm -m 0755 /var/spool/slurmctld /var/spool/slurmd "$LOG_DIR"
install -d -m 1777 "$OUT_DIR"
new_conf="$(mktemp)"
cat >"$new_conf" <<EOF
# Written by .ci/slurm-up.sh
ClusterName=computility
SlurmctldHost=$host
SlurmUser=slurm
AuthType=auth/munge
AuthAltTypes=auth/jwt
AuthAltParameters=jwt_key=$JWT_KEY
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU_Memory
GresTypes=gpu
SchedulerType=sched/backfill
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
ReturnToService=2
MinJobAge=600
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldPidFile=/run/slurmctld.pid
SlurmdPidFile=/run/slurmd.pid
SlurmctldLogFile=$LOG_DIR/slurmctld.log
SlurmdLogFile=$LOG_DIR/slurmd.log
NodeName=$host CPUs=$cpus RealMemory=$mem_mb Gres=gpu:fake:1 State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=01:00:00 PriorityTier=1 OverSubscribe=NO State=UP
PartitionName=batch Nodes=ALL MaxTime=2-00:00:00 PriorityTier=10 OverSubscribe=FORCE:2 State=UP
PartitionName=maint Nodes=ALL MaxTime=INFINITE PriorityTier=1 OverSubscribe=EXCLUSIVE State=DRAIN
EOF
conf_changed=0
if ! cmp -s "$new_conf" "$CONF"; then
  install -m 0644 "$new_conf" "$CONF"
  conf_changed=1
fi
rm -f "$new_conf"
gres_conf="$(printf '# Written by .ci/slurm-up.sh\nNodeName=%s Name=gpu Type=fake File=/dev/null\n' "$host")"
if [ "$(cat /etc/slurm/gres.conf 2>/dev/null)" != "$gres_conf" ]; then
  printf '%s\n' "$gres_conf" >/etc/slurm/gres.conf
  conf_changed=1
fi

if [ "$conf_changed" = 1 ]; then
  say "configuration written; restarting running daemons"
  for d in slurmrestd slurmd slurmctld; do
    pidfile="/run/$d.pid"
    if [ -s "$pidfile" ] && running "$d"; then kill "$(cat "$pidfile")" 2>/dev/null && sleep 1; fi
  done
fi

# 6. Daemons, started directly (no systemd here).
if ! running slurmctld; then
  say "starting slurmctld"
  /usr/sbin/slurmctld
fi
if ! running slurmd; then
  say "starting slurmd"
  /usr/sbin/slurmd
fi
for _ in $(seq 1 30); do
  sinfo -h -n "$host" -o '%T' 2>/dev/null | grep -qE '^(idle|mixed|allocated)' && break
  scontrol update nodename="$host" state=resume >/dev/null 2>&1 || true
  sleep 1
done
if ! running slurmrestd; then
  say "starting slurmrestd on 127.0.0.1:$PORT"
  touch "$LOG_DIR/slurmrestd.log" && chown "$REST_USER" "$LOG_DIR/slurmrestd.log"
  # The dbv plugins need slurmdbd, which this single node does not run.
  runuser -u "$REST_USER" -- env SLURM_JWT=daemon setsid /usr/sbin/slurmrestd \
    -a rest_auth/jwt -s openapi/v0.0.38,openapi/v0.0.37 "127.0.0.1:$PORT" \
    >>"$LOG_DIR/slurmrestd.log" 2>&1 </dev/null &
  sleep 1
  pgrep -u "$REST_USER" -x slurmrestd >/run/slurmrestd.pid || true
fi

url="http://127.0.0.1:$PORT"
for _ in $(seq 1 30); do
  code="$(curl -s -o /dev/null -w '%{http_code}' "$url/slurm/v0.0.38/ping" || true)"
  [ "$code" = 401 ] || [ "$code" = 200 ] && break
  sleep 1
done
token="$(scontrol token username="$JOB_USER" lifespan=600 | sed 's/^SLURM_JWT=//')"
curl -sf -H "X-SLURM-USER-NAME: $JOB_USER" -H "X-SLURM-USER-TOKEN: $token" \
  "$url/slurm/v0.0.38/ping" >/dev/null || {
  say "slurmrestd does not answer at $url; see $LOG_DIR/slurmrestd.log" >&2
  exit 1
}
sinfo
say "slurmrestd: $url (openapi v0.0.38)"
say "token:      scontrol token username=$JOB_USER lifespan=3600   (prints SLURM_JWT=...)"
say "            or sign an HS256 JWT {sun, iat, exp} with $JWT_KEY"
say "headers:    X-SLURM-USER-NAME: $JOB_USER, X-SLURM-USER-TOKEN: <token>"
