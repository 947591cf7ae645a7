"""Adapters that put copydesk inside other engines' pipelines; each is an optional extra.

- `copydesk.integrations.datatrove`: `CopydeskExtractor` and `CopydeskCleaner`, datatrove
  pipeline steps (`pip install copydesk[datatrove]`).
- `copydesk.integrations.ray`: `ExtractBatch` for Ray Data's `map_batches`, and
  `extract_rows`, the plain function a Spark `mapPartitions` job calls
  (`pip install copydesk[ray]`).

They sit on top of the library: the core never imports this package.
"""
