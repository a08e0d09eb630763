#!/usr/bin/env python3
"""Refreshes the sha256 in every model descriptor (*.model.json) under src/main/resources.

usage: python3 models/tools/checksums.py   (from the repository root or models/)
Run it after editing a lexicon or retraining a model; the loader refuses a resource whose
checksum does not match its descriptor, so a stale descriptor fails loudly at pipeline build.
"""
import hashlib, json, os, sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "main", "resources")
changed = 0
for dirpath, _, names in os.walk(root):
    for n in sorted(names):
        if not n.endswith(".model.json"):
            continue
        path = os.path.join(dirpath, n)
        desc = json.load(open(path, encoding="utf-8"))
        data = open(os.path.join(dirpath, desc["file"]), "rb").read()
        digest = hashlib.sha256(data).hexdigest()
        if desc.get("sha256") != digest:
            desc["sha256"] = digest
            with open(path, "w", encoding="utf-8") as f:
                json.dump(desc, f, indent=2, ensure_ascii=False)
                f.write("\n")
            changed += 1
            print("updated", os.path.relpath(path, root))
print(f"{changed} descriptor(s) updated")
