import csv

import pyarrow.parquet as pq

from conftest import read_jsonl

TEXT = ("A roadside bomb went off beside an army patrol in Tikrit, Iraq, on Monday, killing three soldiers "
        "and wounding five, a security source said. The Islamic State claimed responsibility for the attack.")


def test_jsonl_csv_parquet_carry_the_contract(cli, tmp_path):
    src = tmp_path / "report.txt"
    src.write_text(TEXT, encoding="utf-8")
    for ext in ("jsonl", "csv", "parquet"):
        out = tmp_path / f"out.{ext}"
        r = cli("extract", src, "--published", "2016-05-10", "-o", out)
        assert r.returncode == 0, r.stderr.decode()
        assert out.exists() and not (tmp_path / f"out.{ext}.part").exists()
    (doc,) = read_jsonl(tmp_path / "out.jsonl")
    (ev,) = doc["events"]
    for k in ("event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
              "claimed_by", "location", "admin1", "country", "latitude", "longitude", "geo_precision",
              "fatalities", "evidence"):
        assert k in ev, k
    assert ev["sub_event_type"] == "Remote explosive/landmine/IED"
    assert ev["event_date"] == "2016-05-09" and ev["fatalities"] == 3
    assert ev["claimed_by"] == "Islamic State" and ev["actor1"] == "Islamic State"
    span = ev["evidence"][0]
    assert TEXT[span["start"]:span["end"]] == span["text"]
    with open(tmp_path / "out.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    header = list(rows[0].keys())
    assert header[:8] == ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                          "sub_event_type", "actor1"]
    assert rows[0]["location"] == "Tikrit" and rows[0]["fatalities"] == "3"
    t = pq.read_table(tmp_path / "out.parquet")
    assert t.num_rows == 1 and t.column("sub_event_type")[0].as_py() == "Remote explosive/landmine/IED"
