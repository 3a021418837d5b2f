#!/usr/bin/env python3
"""Prints the CPU time of each JVM thread (grouped by name) of one cold `./briefly summarize` of the seed.

Reads /proc/PID/task/*/stat every 5 ms until the process exits, so a thread that ends early still counts.
    python3 bench/thread-cpu.py [ARGS...]        (default ARGS: the seed article)
The JVM is the launcher's choice; set BRIEFLY_JAVA to pin one and BRIEFLY_JAVA_OPTS to try a flag. Linux only.
"""
import collections
import os
import re
import subprocess
import sys
import time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
args = sys.argv[1:] or ["seeds/000_09586750ae67223c.txt"]
p = subprocess.Popen(["./briefly", "summarize", *args], cwd=root,
                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
ticks = os.sysconf("SC_CLK_TCK")
cpu = {}
while p.poll() is None:
    try:
        for t in os.listdir(f"/proc/{p.pid}/task"):
            try:
                with open(f"/proc/{p.pid}/task/{t}/stat", encoding="ascii", errors="replace") as f:
                    s = f.read()
            except OSError:
                continue  # the thread ended between the listing and the read
            name = s[s.index("(") + 1:s.rindex(")")]
            fields = s[s.rindex(")") + 2:].split()
            cpu[(t, name)] = int(fields[11]) + int(fields[12])  # utime + stime, in clock ticks
    except OSError:
        pass  # the process ended
    time.sleep(0.005)
by_name = collections.Counter()
for (_, name), v in cpu.items():
    # Thread names are cut to 15 characters; numbered pools ("C1 CompilerThre0") count together.
    by_name[re.sub(r"\d+$", "", name)] += v * 1000 // ticks
print(f"{sum(by_name.values())} ms in all; exit code {p.returncode}")
for name, ms in by_name.most_common():
    if ms:
        print(f"{ms:6d} ms  {name}")
