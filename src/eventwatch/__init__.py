"""eventwatch: conflict events from raw news reports.

Stages (one folder each): ingest -> clean -> language -> extract -> resolve
(dates, places, actors, fatalities) -> dedupe -> store; `pipeline` chains them
and `cli` is a thin wrapper over `pipeline`.
"""
__version__ = "0.1.0"
