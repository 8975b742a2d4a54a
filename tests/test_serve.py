"""The HTTP API, queried over real HTTP from a real server on a loopback port."""
import csv
import hashlib
import io
import json
import urllib.error
import urllib.parse
import urllib.request

import pyarrow.parquet as pq
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import run_cli


def get(base, path, **params):
    url = base + path + ("?" + urllib.parse.urlencode(params) if params else "")
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            return r.status, r.headers.get("content-type", ""), r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("content-type", ""), e.read()


def jget(base, path, **params):
    status, _, body = get(base, path, **params)
    return status, json.loads(body)


def test_list_filter_sort_paginate(server):
    status, all_ = jget(server, "/api/events", limit=1000)
    assert status == 200 and all_["total"] == len(all_["items"]) >= 20
    countries = {e["country"] for e in all_["items"] if e["country"]}
    assert {"Syria", "Somalia"} <= countries
    status, syria = jget(server, "/api/events", country="syria", limit=1000)
    assert status == 200 and syria["total"] >= 2
    assert all(e["country"] == "Syria" for e in syria["items"])
    # pages are disjoint and together give the whole filtered list, in order
    p1 = jget(server, "/api/events", limit=5, offset=0, sort="date", order="asc")[1]["items"]
    p2 = jget(server, "/api/events", limit=5, offset=5, sort="date", order="asc")[1]["items"]
    ids = [e["event_id"] for e in p1 + p2]
    assert len(set(ids)) == 10
    dates = [e["event_date"] for e in p1 + p2 if e["event_date"]]
    assert dates == sorted(dates)
    # date range, claimed, bounding box, text search
    rng = jget(server, "/api/events", start="2024-05-01", end="2024-09-30", limit=1000)[1]["items"]
    assert rng and all("2024-05-01" <= e["event_date"] <= "2024-09-30" for e in rng)
    claimed = jget(server, "/api/events", claimed="true", limit=1000)[1]["items"]
    assert claimed and all(e["claimed_by"] for e in claimed)
    box = jget(server, "/api/events", bbox="35,32,43,38", limit=1000)[1]["items"]   # Syria and around
    assert box and all(35 <= e["longitude"] <= 43 and 32 <= e["latitude"] <= 38 for e in box)
    found = jget(server, "/api/events", q="Mayadin", limit=1000)[1]["items"]
    assert found and any("Mayadin" in (e["location"] or "") for e in found)


def test_event_detail_has_sources_and_evidence(server):
    items = jget(server, "/api/events", sort="sources", limit=1)[1]["items"]
    ev = items[0]
    assert ev["n_sources"] >= 2   # the fixture tells incidents in several outlets
    status, d = jget(server, f"/api/events/{ev['event_id']}")
    assert status == 200 and len(d["mentions"]) >= 2
    langs = {m["lang"] for m in d["mentions"]}
    assert len(langs) >= 2
    for m in d["mentions"]:
        for span in m["evidence"]:
            if span.get("field") != "title":
                assert m["text"][span["start"]:span["end"]] == span["text"]
    status, art = jget(server, f"/api/articles/{d['mentions'][0]['content_hash']}")
    assert status == 200 and ev["event_id"] in art["events"]


def test_counts_for_the_timeline(server):
    total = jget(server, "/api/events", limit=1)[1]["total"]
    by_type = jget(server, "/api/counts", by="type")[1]["items"]
    assert sum(x["events"] for x in by_type) == total
    weeks = jget(server, "/api/counts", by="week")[1]["items"]
    dated = jget(server, "/api/events", start="1900-01-01", limit=1)[1]["total"]
    assert sum(x["events"] for x in weeks) == dated
    assert all(x["period"] <= y["period"] for x, y in zip(weeks, weeks[1:]))


def test_exports_csv_parquet_geojson(server):
    status, ctype, body = get(server, "/api/export.csv", country="Syria")
    assert status == 200 and ctype.startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8"))))
    n = jget(server, "/api/events", country="Syria", limit=1)[1]["total"]
    assert len(rows) == n and all(r["country"] == "Syria" for r in rows)
    assert list(rows[0].keys())[:7] == ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
                                        "event_type", "sub_event_type"]
    status, _, body = get(server, "/api/export.parquet", country="Syria")
    assert status == 200 and pq.read_table(io.BytesIO(body)).num_rows == n
    status, _, body = get(server, "/api/export.geojson")
    gj = json.loads(body)
    assert gj["type"] == "FeatureCollection" and gj["features"]
    f = gj["features"][0]
    assert f["geometry"]["type"] == "Point" and -180 <= f["geometry"]["coordinates"][0] <= 180


def test_errors_have_one_shape(server):
    for path, params, code in [("/api/events", {"limit": 0}, 422), ("/api/events", {"start": "2024-13-40"}, 422),
                               ("/api/events", {"start": "2024-05-01", "end": "2024-01-01"}, 400),
                               ("/api/events", {"bbox": "1,2,3"}, 400), ("/api/events", {"sort": "nope"}, 422),
                               ("/api/events/ev-000000000000", {}, 404), ("/api/export.xls", {}, 422),
                               ("/api/nothing", {}, 404)]:
        status, ctype, body = get(server, path, **params)
        assert status == code, (path, params, status, body)
        err = json.loads(body)["error"]
        assert err["status"] == code and err["message"], body


def test_export_command_matches_the_api(server, fixture_store, tmp_path):
    before = hashlib.sha256(fixture_store.read_bytes()).hexdigest()
    out = tmp_path / "syria.geojson"
    r = run_cli("export", "--db", fixture_store, "--format", "geojson", "--country", "Syria", "-o", out)
    assert r.returncode == 0, r.stderr.decode()
    api = json.loads(get(server, "/api/export.geojson", country="Syria")[2])
    assert json.loads(out.read_text(encoding="utf-8")) == api
    r = run_cli("export", "--db", fixture_store, "--format", "csv", "--bbox", "1,2")
    assert r.returncode == 2 and b"bbox" in r.stderr and b"Traceback" not in r.stderr
    # serving and exporting never write the store
    assert hashlib.sha256(fixture_store.read_bytes()).hexdigest() == before


def _schema_params(server):
    spec = jget(server, "/openapi.json")[1]
    out = []
    for path, ops in spec["paths"].items():
        op = ops.get("get")
        if op:
            out.append((path, [p for p in op.get("parameters", [])]))
    return out


WEIRD = st.one_of(st.text(max_size=30), st.integers(-10**12, 10**12).map(str), st.sampled_from(
    ["", "-1", "0", "1e309", "NaN", "true", "2024-02-30", "9999-12-31", "0001-01-01", "'; DROP TABLE events; --",
     "%", "_", "\\", "181,91,-181,-91", "1,2,3,4", "Syria", "ev-0"]))


def test_no_parameter_makes_the_server_fail(server):
    """In the spirit of schemathesis: every GET operation of the OpenAPI schema, with
    random and hostile values for its parameters, answers without a 500."""
    ops = _schema_params(server)
    assert len(ops) >= 7

    @settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.data())
    def check(data):
        path, params = data.draw(st.sampled_from(ops))
        url = path
        query = {}
        for p in params:
            if p["in"] == "path":
                val = data.draw(WEIRD.filter(lambda v: v and "/" not in v and v not in (".", "..")))
                url = url.replace("{" + p["name"] + "}", urllib.parse.quote(val, safe=""))
            elif data.draw(st.booleans()):
                query[p["name"]] = data.draw(WEIRD)
        status, _, body = get(server, url, **query)
        assert status < 500, (url, query, body[:300])

    check()


def test_a_busy_port_is_a_clear_error(server, fixture_store):
    port = urllib.parse.urlsplit(server).port     # the fixture's server holds it
    r = run_cli("serve", "--db", fixture_store, "--port", port, timeout=60)
    assert r.returncode == 2 and str(port).encode() in r.stderr and b"Traceback" not in r.stderr
