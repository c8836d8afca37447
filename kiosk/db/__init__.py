"""Database plumbing: the declarative base and column types, the device engine, the unit of work."""
