"""The central PostgreSQL database: its schema, its migrations and its administration."""
