"""Settings for the test suite: production-like (debug off) with a throwaway key; DATABASE_URL picks
SQLite (the default, a file under var/test) or PostgreSQL."""

import os

os.environ.setdefault("GYORYU_SECRET_KEY", "test-only-secret-key")
os.environ.setdefault("GYORYU_EMAIL_BACKEND", "console")
os.environ.setdefault("GYORYU_DATA_DIR", "var/test")

from gyoryu.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast; tests only
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
