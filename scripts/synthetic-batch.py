#!/usr/bin/env python3
"""Writes N synthetic news documents as JSON Lines to standard output, for batch and memory
tests: each is a headline and 1 to MAX_SENTENCES (default 12) sentences recombined at random
from the sample articles.

    python3 scripts/synthetic-batch.py 20000 1 3 | ./claimex extract --stats -q --no-text - > /dev/null
"""
import json
import pathlib
import random
import re
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
most = int(sys.argv[3]) if len(sys.argv) > 3 else 12
here = pathlib.Path(__file__).resolve().parent.parent / "samples"
sentences = []
for f in sorted(here.glob("*.txt")):
    for line in f.read_text(encoding="utf-8").splitlines():
        sentences += [s for s in re.split(r"(?<=[.!?])\s+", line.strip()) if len(s.split()) >= 4]
rng = random.Random(seed)
for i in range(n):
    body = [rng.choice(sentences) for _ in range(rng.randint(1, most))]
    headline = " ".join(rng.choice(sentences).split()[:8]).rstrip(".,")
    text = headline + "\n" + " ".join(body[: len(body) // 2]) + "\n" + " ".join(body[len(body) // 2:])
    day = 1 + i % 28
    print(json.dumps({"id": f"syn-{i:06d}", "text": text, "published": f"2025-10-{day:02d}"}))
