"""The library on disk: database, migrations, content-addressed photo store, backups, integrity (no Qt)."""
