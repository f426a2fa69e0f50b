#!/usr/bin/env python3
"""Sums the outcome counters of every TRX file under a folder and prints
'N passed, M failed' (', K skipped' when any were skipped). Exit 2 when no TRX file is found."""
import glob, os, sys
import xml.etree.ElementTree as ET

folder = sys.argv[1] if len(sys.argv) > 1 else "TestResults"
files = glob.glob(os.path.join(folder, "**", "*.trx"), recursive=True)
if not files:
    print("no test results (TRX) found under " + folder, file=sys.stderr)
    sys.exit(2)
passed = failed = skipped = 0
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
for f in files:
    counters = ET.parse(f).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0)) + int(counters.get("aborted", 0))
    skipped += int(counters.get("notExecuted", 0))
line = "%d passed, %d failed" % (passed, failed)
if skipped:
    line += ", %d skipped" % skipped
print(line)
