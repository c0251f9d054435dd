"""Django settings, built from gyoryu.config (the one place settings are declared)."""

import datetime as dt
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

from gyoryu import config

CONF = config.load()
BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = Path(str(CONF["data_dir"])).resolve()
SHARED_DATA_DIR = config.shared_data_dir(CONF)

DEBUG = bool(CONF["debug"])
SECRET_KEY = str(CONF["secret_key"])
ALLOWED_HOSTS = list(CONF["allowed_hosts"])
BASE_URL = str(CONF["base_url"]).rstrip("/")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "ninja",
    "csp",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "auditlog",
    "rules",  # object permissions: each feature's permissions.py (loaded by gyoryu.common on start)
    "gyoryu.common",
    "gyoryu.accounts",
    "gyoryu.organizations",
    "gyoryu.missions",
    "gyoryu.classification",
    "gyoryu.matchmaking",
    "gyoryu.meetings",
    "gyoryu.scheduling",
    "gyoryu.notifications",
    "gyoryu.followup",
    "gyoryu.programme",
    "gyoryu.brochure",
    "gyoryu.agendas",
    "gyoryu.reports",
    "gyoryu.partnerships",
    "gyoryu.valuechains",
    "gyoryu.privacy",
    "gyoryu.audit",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "gyoryu.common.security.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "gyoryu.common.middleware.NulBytesMiddleware",  # (PostgreSQL text cannot hold NUL)
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "gyoryu.audit.middleware.AuditMiddleware",
    "gyoryu.privacy.middleware.ConsentMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "gyoryu.accounts.middleware.ChooseOrganiserMiddleware",  # a page needing the organiser: choose it first
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks
]

ROOT_URLCONF = "gyoryu.urls"
WSGI_APPLICATION = "gyoryu.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "gyoryu.common.context.roles",
                "gyoryu.notifications.context.unread",
            ],
            "string_if_invalid": "",
        },
    },
    {
        # Plain text (e-mail subjects and bodies): written as is, never HTML-escaped («R&D» stays R&D).
        "NAME": "text",
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {"autoescape": False, "string_if_invalid": ""},
    },
]

_db_url = str(CONF["database_url"])
DATABASES = {
    "default": dj_database_url.parse(_db_url, conn_max_age=60 if _db_url.startswith("postgres") else 0)
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].update({"timeout": 20, "transaction_mode": "IMMEDIATE"})
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
SERIALIZATION_MODULES = {"gyoryu-jsonl": "gyoryu.backup.serializer"}  # backups: times to the microsecond

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 8}},
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # refuses sign-ins while locked out
    "rules.permissions.ObjectPermissionBackend",  # user.has_perm("missions.view_mission", mission), ...
    "gyoryu.accounts.permissions.PasswordBackend",  # sign-in by password; grants no permission itself
]
# Lockout after repeated failed sign-ins (django-axes): per user name and address together, so a stranger
# cannot lock a person out from everywhere by guessing; a success resets the count.
AXES_FAILURE_LIMIT = int(CONF["login_failure_limit"])
AXES_COOLOFF_TIME = dt.timedelta(minutes=int(CONF["login_lockout_minutes"]))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "gyoryu.accounts.views.locked_out"
AXES_VERBOSE = False
# The audit trail (django-auditlog): entries in our own model, with organiser, mission and page; values
# stored as JSON (numbers stay numbers); no client addresses (personal data we do not need); restores and
# fixtures (raw saves) are not changes.
AUDITLOG_LOGENTRY_MODEL = "audit.AuditEntry"
AUDITLOG_STORE_JSON_CHANGES = True
AUDITLOG_DISABLE_REMOTE_ADDR = True
AUDITLOG_DISABLE_ON_RAW_SAVE = True
# django-auditlog's own migrations would create its default log table, which ours replaces; without them that
# table never exists (an orphan table would also hold a foreign key that stops `flush` and restores).
MIGRATION_MODULES = {"auditlog": None}
# Personal data: people not active for this many months are erased by `gyoryu remind` (0: never).
GYORYU_PRIVACY_RETENTION_MONTHS = int(CONF["privacy_retention_months"])
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "missions:list"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = str(CONF["language"])
LANGUAGES = [("ko", _("Korean")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = str(CONF["time_zone"])

MEDIA_ROOT = DATA_DIR / "media"  # uploaded files (kept in backups); served only through views that check access
STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(
    parents=True, exist_ok=True
)  # WhiteNoise serves from here once collected; finders meanwhile
# uploads (organisation logos) live under the data folder; pages serve them through views that check who
# may see them, so MEDIA_URL is never served as a whole
MEDIA_ROOT = DATA_DIR / "media"
MEDIA_URL = "/media/"
WHITENOISE_USE_FINDERS = True
# Uploaded files (agreement documents) live under the data folder; they are never served as static files,
# only by the pages that check who may see them (no MEDIA_URL route).
MEDIA_ROOT = DATA_DIR / "media"
WHITENOISE_AUTOREFRESH = DEBUG

# Behind a reverse proxy that terminates TLS: see the README's "Deployment behind a proxy".
CSRF_TRUSTED_ORIGINS = sorted({config.origin(BASE_URL), *CONF["csrf_trusted_origins"]})
# Off by default: with it on, a client talking to Django directly could claim HTTPS by sending the header.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if CONF["secure_proxy_ssl_header"] else None
SECURE_SSL_REDIRECT = bool(CONF["ssl_redirect"])
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = LANGUAGE_COOKIE_SECURE = bool(CONF["secure_cookies"])
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True  # pages carry the token (forms, hx-headers); no script reads the cookie
LANGUAGE_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = CSRF_COOKIE_SAMESITE = LANGUAGE_COOKIE_SAMESITE = "Lax"
SECURE_HSTS_SECONDS = int(CONF["hsts_seconds"])
SECURE_HSTS_INCLUDE_SUBDOMAINS = bool(CONF["hsts_include_subdomains"])
SECURE_HSTS_PRELOAD = bool(CONF["hsts_preload"])
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy (django-csp; see common/security.py): scripts, styles, images and fetches from this
# site only, nothing inline, no plugins, no framing, forms post here only.
_csp = {
    "default-src": [SELF],
    "script-src": [SELF],
    "style-src": [SELF],
    "img-src": [SELF],
    "font-src": [SELF],
    "connect-src": [SELF],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [NONE],
}
if CONF["csp_report_uri"]:
    _csp["report-uri"] = [str(CONF["csp_report_uri"])]
if CONF["csp_report_only"]:  # browsers report violations and block nothing (to try out a change first)
    CONTENT_SECURITY_POLICY_REPORT_ONLY = {"DIRECTIVES": _csp}
else:
    CONTENT_SECURITY_POLICY = {"DIRECTIVES": _csp}

_backend = str(CONF["email_backend"])
EMAIL_BACKEND = {
    "console": "django.core.mail.backends.console.EmailBackend",
    "file": "django.core.mail.backends.filebased.EmailBackend",
    "smtp": "django.core.mail.backends.smtp.EmailBackend",
}[_backend]
EMAIL_FILE_PATH = DATA_DIR / "mail"
EMAIL_HOST = str(CONF["email_host"])
EMAIL_PORT = int(CONF["email_port"])
EMAIL_HOST_USER = str(CONF["email_user"])
EMAIL_HOST_PASSWORD = str(CONF["email_password"])
EMAIL_USE_TLS = bool(CONF["email_use_tls"])
EMAIL_USE_SSL = bool(CONF["email_use_ssl"])
EMAIL_TIMEOUT = int(CONF["email_timeout"])
DEFAULT_FROM_EMAIL = str(CONF["email_from"])
GYORYU_MATCHING_EMBEDDING = str(CONF["matching_embedding"])

# Background tasks: Django's tasks framework (django.tasks in Django 6; the django-tasks backport here) on the
# database backend.  Each feature's tasks.py defines them; `gyoryu worker` (or the worker inside `gyoryu serve`)
# runs them.  See gyoryu.common.worker for the retry of a dead worker's task.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
GYORYU_WORKER_POLL_SECONDS = int(CONF["worker_poll_seconds"])
GYORYU_WORKER_DEAD_AFTER_SECONDS = int(CONF["worker_dead_after_seconds"])

DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
