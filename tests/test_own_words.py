"""Fixtures, docs and comments are the project's own words: no run of eight words from the
evaluation reports in ../shared/eval may appear in the repository. A run that many reports share
is a stock phrase or a name ("Islamic State of Iraq and the Levant (ISIL) claimed"), not one
report's wording, and is allowed. Skipped where ../shared/eval is not beside the clone."""
import json
import re
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
RUN = 8
STOCK = 5   # a run found in this many reports or more is a stock phrase
_WORD = re.compile(r"\w+")


def _runs(text: str) -> set[str]:
    w = _WORD.findall(text.lower())
    return {" ".join(w[i:i + RUN]) for i in range(len(w) - RUN + 1)}


@pytest.mark.skipif(not EVAL.is_dir(), reason="no ../shared/eval beside the clone")
def test_no_evaluation_wording_in_the_repository():
    reports: Counter[str] = Counter()
    for path in EVAL.rglob("*.jsonl"):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                try:
                    reports.update(_runs(json.loads(line).get("text") or ""))
                except (ValueError, AttributeError):
                    continue
    assert reports, "the evaluation reports gave no text"
    seen = {r for r, n in reports.items() if n < STOCK}
    found = []
    for sub in ("src", "tests", "docs", "examples", "benchmarks"):
        for path in sorted((ROOT / sub).rglob("*")):
            if not path.is_file() or path.suffix not in {".py", ".md", ".txt", ".jsonl", ".tsv", ".yaml", ".html",
                                                         ".js", ".json", ".csv"}:
                continue
            shared = _runs(path.read_text(encoding="utf-8", errors="ignore")) & seen
            found += [f"{path.relative_to(ROOT)}: {r}" for r in sorted(shared)[:3]]
    assert not found, "wording copied from the evaluation reports:\n" + "\n".join(found)
