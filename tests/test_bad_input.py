"""Every kind of bad input gets a message naming the input and the reason, is
recorded as dropped, and the batch goes on; the exit status says so."""
import json

from conftest import read_jsonl

GOOD = ("Gunmen attacked a police checkpoint in Kirkuk, Iraq, on Tuesday, killing two officers, "
        "a local official said. No group claimed responsibility for the attack.")


def test_each_bad_input_is_named_with_its_reason_and_the_batch_goes_on(cli, tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a_good.txt").write_text(GOOD, encoding="utf-8")
    (d / "empty.txt").write_text("", encoding="utf-8")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (d / "latin1.txt").write_bytes(("Des hommes armés ont attaqué un poste de police à Kidal, au Mali, mardi, "
                                    "tuant deux policiers, selon une source sécuritaire.").encode("latin-1"))
    (d / "huge.txt").write_text("word " * 1_100_000, encoding="utf-8")
    (d / "nothing.html").write_text("<html><head><title>x</title></head><body><nav>Home</nav></body></html>",
                                    encoding="utf-8")
    (d / "german.txt").write_text("Die Regierung hat am Dienstag ein neues Gesetz über die Finanzierung der Schulen "
                                  "beschlossen, das im kommenden Jahr in Kraft treten soll.", encoding="utf-8")
    (d / "batch.jsonl").write_text(
        json.dumps({"id": "ok1", "text": GOOD, "published": "2024-03-05"}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "nodate", "text": GOOD, "published": "yesterday"}) + "\n"
        + json.dumps({"text": GOOD}) + "\n", encoding="utf-8")
    (d / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    out = tmp_path / "out.jsonl"
    r = cli("extract", d, "-o", out)
    err = r.stderr.decode()
    assert r.returncode == 1, err                      # something failed: the status says so
    assert "Traceback" not in err
    expect = {
        "empty.txt": "empty input",
        "binary.txt": "binary data",
        "huge.txt": "over the 1.0 MB limit",
        "nothing.html": "HTML holds no article text",
        "german.txt": "language 'de' (German) is not supported",
        "batch.jsonl:2": "malformed JSON line",
        "batch.jsonl:3": "'published' is 'yesterday'",
        "batch.jsonl:4": "JSON line has no 'id'",
        "image.png": "unsupported file type '.png'",
    }
    for name, reason in expect.items():
        lines = [ln for ln in err.splitlines() if name in ln]
        assert lines and reason in " ".join(lines), (name, err)
    res = {x["id"]: x for x in read_jsonl(out)}
    assert res["a_good"]["events"] and res["ok1"]["events"]       # good ones still extracted
    assert res["latin1"]["events"], "a Latin-1 file is decoded, not dropped"
    dropped = [x for x in res.values() if x.get("dropped")]
    assert len(dropped) == len(expect)


def test_missing_path_and_bad_output_format(cli, tmp_path):
    r = cli("extract", tmp_path / "nope.txt", "-q")
    assert r.returncode == 1 and "no such file or folder" in r.stderr.decode()
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    r = cli("extract", tmp_path / "a.txt", "-o", tmp_path / "out.xlsx")
    assert r.returncode == 2 and "unknown format '.xlsx'" in r.stderr.decode()
    r = cli("extract", tmp_path / "a.txt", "--published", "25/01/2024")
    assert r.returncode == 2 and "not a YYYY-MM-DD date" in r.stderr.decode()


def test_stdin_text_and_jsonl(cli):
    r = cli("extract", "-", "-o", "/dev/stdout", stdin=GOOD.encode())
    assert r.returncode == 0, r.stderr.decode()
    r = cli("extract", "-", "-q", stdin=(json.dumps({"id": "x", "text": GOOD}) + "\n").encode())
    assert r.returncode == 0
