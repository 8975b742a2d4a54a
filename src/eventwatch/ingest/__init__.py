"""Reading inputs: files, folders, JSONL batches, HTML pages, stdin."""
