"""Placeholder replaced below."""
def read_body_metadata(meta, blocks):
    return meta, set()
