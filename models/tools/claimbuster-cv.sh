#!/usr/bin/env bash
# Cross-validates the check-worthiness model THROUGH THE FULL PIPELINE on ClaimBuster:
# trains one model per fold (folds by a hash of sentence_id, see TrainCheckworthiness.fold),
# runs `./claimex extract` on each fold's held-out sentences with that fold's model
# (-Dclaimex.checkworthiness.model), and scores all predictions with the evaluation kit.
#
# usage: models/tools/claimbuster-cv.sh CLAIMBUSTER.json EVAL_KIT_DIR [WORK_DIR]
#   e.g. models/tools/claimbuster-cv.sh ../shared/eval/data/claimbuster/data_small.json ../shared/eval /tmp/cbcv
# Extra TrainCheckworthiness options (e.g. to try settings) may be given in the CV_TRAIN_ARGS environment variable.
set -euo pipefail
data="$(realpath "$1")"; kit="$(realpath "$2")"; work="${3:-/tmp/claimbuster-cv}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
mkdir -p "$work"
cd "$root"
mvn -pl models -q compile exec:java -Dexec.mainClass=dev.claimex.models.claims.TrainCheckworthiness \
  -Dexec.args="--data $data --cv 5 --folds-out $work/folds ${CV_TRAIN_ARGS:-}" | tee "$work/model-cv.txt"
python3 "$kit/adapters/claimbuster.py" "$data" "$work/cb"
: > "$work/pred.jsonl"
for k in 0 1 2 3 4; do
  python3 - "$work/cb/docs.jsonl" "$work/folds/fold-$k.ids" > "$work/docs-$k.jsonl" <<'PY'
import json, sys
ids = set(open(sys.argv[2], encoding="utf-8").read().split())
for line in open(sys.argv[1], encoding="utf-8"):
    if json.loads(line)["id"] in ids:
        sys.stdout.write(line)
PY
  CLAIMEX_JAVA_OPTS="-Xmx2g -XX:+UseParallelGC -Dclaimex.checkworthiness.model=$work/folds/fold-$k.bin.gz" \
    ./claimex extract -q --no-text "$work/docs-$k.jsonl" >> "$work/pred.jsonl"
done
python3 "$kit/score.py" "$work/cb/gold.jsonl" "$work/pred.jsonl" > "$work/score.txt"
tail -n 1 "$work/score.txt"
python3 - "$work/score.txt" <<'PY'
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
start = next(i for i, l in enumerate(lines) if l.startswith("{"))
end = next(i for i in range(len(lines) - 1, -1, -1) if lines[i].startswith("}"))
print(json.dumps(json.loads("\n".join(lines[start:end + 1]))["claims"], indent=1))
PY
