"""Settings for the test suite: production-like (debug off) with a throwaway key; DATABASE_URL picks
SQLite (the default, a file under var/test) or PostgreSQL."""

import os

os.environ.setdefault("GYORYU_SECRET_KEY", "test-only-secret-key")
os.environ.setdefault("GYORYU_EMAIL_BACKEND", "console")
os.environ.setdefault("GYORYU_DATA_DIR", "var/test")

from gyoryu.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast; tests only
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

if DATABASES["default"]["ENGINE"].endswith("sqlite3"):  # noqa: F405
    # The test database is a file, not SQLite's shared-cache memory: threads of the test process (the live
    # server's, the worker's) then hold connections of their own that wait for a lock up to the busy timeout,
    # as on a real server, instead of failing at once with "database table is locked".
    DATABASES["default"]["TEST"] = {"NAME": str(DATA_DIR / "pytest.sqlite3")}  # noqa: F405
