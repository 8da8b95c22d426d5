#!/usr/bin/env python3
"""Writes a progress file (the export format, docs in src/store/exchange.rs) with a class of
30 made-up learners, for screenshots and benchmarks:  demo-class.py OUT.tuntun
Load it with:  tuntun --data-dir DIR import OUT.tuntun"""
import hashlib
import json
import sys
import uuid

FIRST = ["Siti", "Ahmad", "Budi", "Dewi", "Eko", "Fitri", "Hendra", "Indah", "Joko", "Kartini"]
LAST = ["Rahmawati", "Sitompul", "Wibowo"]
UNITS = ["Seksi Pemerintahan", "Seksi Kesejahteraan Sosial", "Sekretariat Kecamatan"]
T0 = 1764000000000

lines = [json.dumps({"format": "tuntun-progress", "version": 1, "created_at": T0, "device": "demo"})]
n = 0
for i, first in enumerate(FIRST):
    for j, last in enumerate(LAST):
        n += 1
        lines.append(json.dumps({"learner": {
            "uuid": str(uuid.UUID(int=n)), "name": f"{first} {last}", "nip": None,
            "unit": UNITS[(i + j) % 3], "created_at": T0 + n, "updated_at": T0 + n}}))
body = "".join(line + "\n" for line in lines)
end = {"end": {"learners": n, "events": 0, "sha256": hashlib.sha256(body.encode()).hexdigest()}}
with open(sys.argv[1], "w", encoding="utf-8") as out:
    out.write(body + json.dumps(end) + "\n")
