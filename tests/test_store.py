"""The DuckDB store: the same article twice changes nothing; a killed run resumes
and loses nothing, doubles nothing."""
import json
import os
import signal
import subprocess
import sys
import time

import duckdb

from conftest import ROOT, read_jsonl

TOWNS = ["Kirkuk", "Mosul", "Tikrit", "Ramadi", "Baqubah", "Samarra", "Fallujah", "Erbil"]


def make_batch(path, n):
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            town = TOWNS[i % len(TOWNS)]
            text = (f"Report {i}: a roadside bomb exploded near a police patrol in {town}, Iraq, on Monday, "
                    f"killing {i % 7 + 1} officers, a security source said. Nobody claimed the attack.")
            fh.write(json.dumps({"id": f"r{i}", "text": text, "published": "2016-03-0%d" % (i % 9 + 1)}) + "\n")


def counts(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return (con.execute("SELECT count(*), count(DISTINCT content_hash) FROM articles").fetchone()
                + con.execute("SELECT count(*), count(DISTINCT mention_id) FROM mentions").fetchone())
    finally:
        con.close()


def test_reingesting_changes_nothing(cli, tmp_path):
    src = tmp_path / "b.jsonl"
    make_batch(src, 20)
    db = tmp_path / "e.duckdb"
    assert cli("extract", src, "--db", db, "-q").returncode == 0
    first = counts(db)
    con = duckdb.connect(str(db), read_only=True)
    events1 = con.execute("SELECT * FROM events ORDER BY event_id").fetchall()
    con.close()
    r = cli("extract", src, "--db", db, "-o", tmp_path / "again.jsonl")
    assert r.returncode == 0
    assert "20 article(s) already in" in r.stderr.decode()
    assert counts(db) == first == (20, 20, 20, 20)
    again = read_jsonl(tmp_path / "again.jsonl")       # the output still has every input, from the store
    assert [x["id"] for x in again] == [f"r{i}" for i in range(20)]
    assert all(x["events"] and x["events"][0]["event_id"] for x in again)
    con = duckdb.connect(str(db), read_only=True)
    assert [e[:-2] for e in con.execute("SELECT * FROM events ORDER BY event_id").fetchall()] == \
        [e[:-2] for e in events1]
    con.close()


def test_killed_run_resumes_without_loss_or_doubles(tmp_path):
    src = tmp_path / "big.jsonl"
    n = 2500
    make_batch(src, n)
    db = tmp_path / "e.duckdb"
    cmd = [sys.executable, "-m", "eventwatch.cli", "extract", str(src), "--db", str(db), "-q"]
    p = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # wait until it is writing, then kill it without warning
    t0 = time.time()
    wal = db.with_name(db.name + ".wal")

    def written() -> int:
        return sum(f.stat().st_size for f in (db, wal) if f.exists())
    while time.time() - t0 < 120 and written() < 200_000:
        time.sleep(0.02)
    p.send_signal(signal.SIGKILL)
    p.wait()
    partial = counts(db)
    assert 0 < partial[0] < n, partial          # it really died halfway
    r = subprocess.run(cmd, cwd=ROOT, capture_output=True)
    assert r.returncode == 0, r.stderr.decode()
    assert counts(db) == (n, n, n, n)


def _partition(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute("SELECT mention_id, event_id FROM mentions").fetchall()
        events = con.execute("SELECT event_id, n_mentions, n_articles FROM events ORDER BY event_id").fetchall()
    finally:
        con.close()
    return dict(rows), events


def test_incremental_grouping_equals_grouping_all_at_once(cli, tmp_path):
    """Articles added later attach to the events already stored, exactly as if
    everything had been ingested in one run (same ids, same event rows)."""
    lines = (ROOT / "tests" / "fixtures" / "dedup" / "input.jsonl").read_text(encoding="utf-8").splitlines()
    lines = [ln for ln in lines if ln.strip()]
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text("\n".join(lines[::2]) + "\n", encoding="utf-8")
    second.write_text("\n".join(lines[1::2]) + "\n", encoding="utf-8")
    both = tmp_path / "all.jsonl"
    both.write_text("\n".join(lines[1::2] + lines[::2]) + "\n", encoding="utf-8")
    inc, once = tmp_path / "inc.duckdb", tmp_path / "once.duckdb"
    assert cli("extract", first, "--db", inc, "-q").returncode == 0
    before, _ = _partition(inc)
    assert cli("extract", second, "--db", inc, "-q").returncode == 0
    assert cli("extract", both, "--db", once, "-q").returncode == 0
    got, got_events = _partition(inc)
    want, want_events = _partition(once)
    assert got == want and got_events == want_events
    assert all(v is not None for v in got.values())
    # the second batch joined events of the first: some event spans both halves
    assert any(got[m] != before.get(m) for m in before) or len({got[m] for m in before} & {
        got[m] for m in got if m not in before})


def test_show_tells_each_field_per_source_with_the_village_and_the_undated_report(cli, fixture_store):
    """`eventwatch show`: the village as each outlet spelt it, the undated report's own words of
    the day, and the range of tolls (the invented Ceel Gaab outpost attack of the fixtures)."""
    con = duckdb.connect(str(fixture_store), read_only=True)
    try:
        (eid,) = con.execute("SELECT event_id FROM mentions WHERE article_id = 'd-ar-v'").fetchone()
        members = {r[0] for r in con.execute("SELECT article_id FROM mentions WHERE event_id = ?", [eid]).fetchall()}
    finally:
        con.close()
    assert members == {"d-en-v", "d-fr-v", "d-ar-v"}
    r = cli("show", eid, "--db", fixture_store)
    out = r.stdout.decode()
    assert r.returncode == 0, r.stderr.decode()
    assert "place_named" in out and "Ceel Gaab" in out and "عيل جاب per d-ar-v" in out
    assert "undated, told as Monday per d-ar-v" in out
    assert "4–6" in out


def _stored_one_by_one(cli, tmp_path, a, b):
    """Store two reports in separate runs, in both orders: the mention -> event map of each store."""
    out = []
    for order in ((a, b), (b, a)):
        db = tmp_path / f"{order[0]['id']}.duckdb"
        for rec in order:
            f = tmp_path / f"{rec['id']}.jsonl"
            f.write_text(json.dumps(rec) + "\n", encoding="utf-8")
            assert cli("extract", f, "--db", db, "-q").returncode == 0
        out.append(_partition(db)[0])
    return out


def test_a_report_dated_last_week_joins_in_the_store_whichever_comes_first(cli, tmp_path):
    """A report of "last week" groups by its interval (date_hint), in the store as in a batch,
    whether it is stored before the dated report or after it."""
    dated = {"id": "w-dated", "published": "2023-02-18", "lang": "en",
             "text": "Gunmen ambushed an army convoy at Oursi in northern Burkina Faso on Friday, killing 51 soldiers."}
    week = {"id": "w-week", "published": "2023-02-20", "lang": "en",
            "text": "The toll of last week's ambush on an army convoy at Deou in northern Burkina Faso has risen "
                    "to 51 soldiers, the army said."}
    for got in _stored_one_by_one(cli, tmp_path, week, dated):
        assert len(set(got.values())) == 1, got


def test_two_undated_reports_pair_in_the_store_whichever_comes_first(cli, tmp_path):
    """Two undated reports that tell one event by all they say (place, kind, toll) are one event in the
    store as in a batch, stored in either order."""
    one = {"id": "u-one", "published": None, "lang": "en",
           "text": "Al-Shabaab fighters attacked the African Union base at Janaale in Somalia, killing 50 soldiers, "
                   "residents said."}
    two = {"id": "u-two", "published": None, "lang": "fr",
           "text": "Les combattants shebab ont attaqué la base de l'Union africaine à Janaale, en Somalie, tuant 50 "
                   "soldats, selon des habitants."}
    for got in _stored_one_by_one(cli, tmp_path, one, two):
        assert len(got) == 2 and len(set(got.values())) == 1, got
