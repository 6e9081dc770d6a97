#!/usr/bin/env bash
# CPU use of the running app: idle (nobody touches the board, target < 2 % of
# one core), with the phase timer running (one frame a second), and while a
# mouse drags an actor. Starts its own Xvfb on a free
# display, the demo board in a 1920x1080 window at (0, 0), and reads utime +
# stime from /proc/PID/stat. Prints one JSON object per line; never fails
# because the machine is slow.
#
#   BUILD=build bench/idle_cpu.sh        (needs Xvfb and xdotool)
set -euo pipefail

BUILD=${BUILD:-./build}
APP=$BUILD/netwerktafel
SETTLE_S=${SETTLE_S:-3}      # after start, before measuring
IDLE_S=${IDLE_S:-10}         # idle window
DRAG_S=${DRAG_S:-5}          # drag window
# The demo's "Bibliotheek Lochristi" token (assets/demo/demo-workshop.json);
# the window is 1920x1080 at (0, 0), so board units are screen pixels.
DRAG_X=590 DRAG_Y=290

for tool in Xvfb xdotool getconf; do
    command -v "$tool" >/dev/null || { echo "idle_cpu.sh: $tool is not installed" >&2; exit 1; }
done
[ -x "$APP" ] || { echo "idle_cpu.sh: $APP not found (build first, or set BUILD)" >&2; exit 1; }

work=$(mktemp -d)
xvfb_pid="" app_pid=""
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# A free display: Xvfb picks the number and writes it to fd 3.
Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { echo "idle_cpu.sh: Xvfb did not start" >&2; cat "$work/xvfb.log" >&2; exit 1; }
export DISPLAY=":$(head -n1 "$work/display")"

# The demo autosaves into $HOME/Netwerktafel; keep that out of the real home.
mkdir -p "$work/home"
HOME="$work/home" "$APP" --demo --windowed 1920x1080 >"$work/app.log" 2>&1 &
app_pid=$!
sleep "$SETTLE_S"
kill -0 "$app_pid" 2>/dev/null || { echo "idle_cpu.sh: the app exited early:" >&2; cat "$work/app.log" >&2; exit 1; }

hz=$(getconf CLK_TCK)
# utime + stime in clock ticks; fields 14 and 15, counted after "(comm)".
# The process counts all its threads (Mesa's llvmpipe rasterises on its own
# threads); task/PID is the main thread alone: UI, draw lists, GL calls.
ticks() { sed 's/^.*) //' "/proc/$app_pid/stat" | awk '{print $12 + $13}'; }
main_ticks() { sed 's/^.*) //' "/proc/$app_pid/task/$app_pid/stat" | awk '{print $12 + $13}'; }
now() { date +%s.%N; }
# percent T0 T1 WALL0 WALL1: CPU time over wall time, in % of one core.
percent() { awk -v a="$1" -v b="$2" -v s="$3" -v e="$4" -v hz="$hz" 'BEGIN {printf "%.2f", (b - a) / hz / (e - s) * 100}'; }
report() { printf '{"bench": "idle_cpu", "metric": "%s", "value": %s, "unit": "%%"}\n' "$1" "$2"; }

t0=$(ticks) w0=$(now)
sleep "$IDLE_S"
t1=$(ticks) w1=$(now)
report idle_percent_of_one_core "$(percent "$t0" "$t1" "$w0" "$w1")"

# The phase timer running (space starts it): the app wakes once a second to
# draw the new time, and sleeps in between. Space again pauses it.
xdotool key space
sleep 1
t0=$(ticks) m0=$(main_ticks) w0=$(now)
sleep "$IDLE_S"
t1=$(ticks) m1=$(main_ticks) w1=$(now)
report timer_running_percent_of_one_core "$(percent "$t0" "$t1" "$w0" "$w1")"
report timer_running_main_thread_percent_of_one_core "$(percent "$m0" "$m1" "$w0" "$w1")"
xdotool key space
sleep 1

# A drag: press on the token, move back and forth 3 px every 16 ms, release.
# One xdotool process runs the whole gesture, so the script adds no load.
steps=$(awk -v s="$DRAG_S" 'BEGIN {printf "%d", s / 0.016}')
moves=$(awk -v n="$steps" -v x="$DRAG_X" -v y="$DRAG_Y" 'BEGIN {
    for (i = 1; i <= n; i++) { p = (i * 3) % 480; d = p < 240 ? p : 480 - p; printf "mousemove %d %d sleep 0.016 ", x + d, y }
}')
xdotool mousemove "$DRAG_X" "$DRAG_Y" sleep 0.2 mousedown 1 sleep 0.1
t0=$(ticks) m0=$(main_ticks) w0=$(now)
# shellcheck disable=SC2086  # $moves is a list of xdotool commands
xdotool $moves
t1=$(ticks) m1=$(main_ticks) w1=$(now)
xdotool mouseup 1
report dragging_percent_of_one_core "$(percent "$t0" "$t1" "$w0" "$w1")"
report dragging_main_thread_percent_of_one_core "$(percent "$m0" "$m1" "$w0" "$w1")"

kill -TERM "$app_pid"
wait "$app_pid" || true
app_pid=""
# The app saves a changed board when it quits: no file means the drag missed the token.
if ! ls "$work/home/Netwerktafel/"*.json >/dev/null 2>&1; then
    echo "idle_cpu.sh: warning: the board did not change, so the drag did not hit a token" >&2
fi
