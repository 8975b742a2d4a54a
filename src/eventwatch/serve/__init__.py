"""Serving the store: filtered queries, exports, the HTTP API and the web page."""
