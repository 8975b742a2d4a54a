"""Running the pipeline on many cores or machines: shards processed by Dask workers,
merged by a single writer."""
