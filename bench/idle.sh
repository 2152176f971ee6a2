#!/usr/bin/env bash
# A kiosk left alone on its welcome screen: how often it wakes up and how much CPU it uses.
# Runs the kiosk in a tmux window (a real terminal), lets it settle, then counts the voluntary
# context switches of all its threads (a thread that sleeps and wakes makes one; the involuntary
# ones are the scheduler taking the CPU away, not wakeups) and its CPU time over SECONDS. Both
# of the kiosk's processes count: its supervisor (asleep until the run ends) and the run.
# Usage: bench/idle.sh [SECONDS] [BINARY]   (default 60 s, target/release/patient-guide)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
bin=${2:-target/release/patient-guide}
[ -x "$bin" ] || cargo build --release --quiet
work=$(mktemp -d)
session="pg-idle-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$work"' EXIT
printf 'idle = "10m"\nlog = "%s/kiosk.log"\n' "$work" >"$work/kiosk.toml"
tmux new-session -d -s "$session" -x 100 -y 30 \
    "XDG_STATE_HOME=$work $bin --kiosk-config $work/kiosk.toml"
sleep 2
supervisor=$(tmux list-panes -t "$session" -F '#{pane_pid}')
pids="$supervisor $(cat /proc/"$supervisor"/task/*/children)"
switches() {
    local total=0
    for t in $(for p in $pids; do echo /proc/"$p"/task/*/status; done); do
        while read -r key value; do
            case $key in
                voluntary_ctxt_switches:) total=$((total + value)) ;;
            esac
        done <"$t"
    done
    echo "$total"
}
cpu_ticks() { for p in $pids; do cat /proc/"$p"/stat; done | awk '{t += $14 + $15} END {print t}'; }
s0=$(switches); c0=$(cpu_ticks)
sleep "$seconds"
s1=$(switches); c1=$(cpu_ticks)
hz=$(getconf CLK_TCK)
awk -v s=$((s1 - s0)) -v c=$((c1 - c0)) -v t="$seconds" -v hz="$hz" 'BEGIN {
    printf "idle on the welcome screen for %d s: %.2f wakeups a second, CPU %.3f %% (%d ticks of 1/%d s)\n",
        t, s / t, 100 * c / hz / t, c, hz
}'
