"""Django settings, built from gyoryu.config (the one place settings are declared)."""

from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from gyoryu import config

CONF = config.load()
BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = Path(str(CONF["data_dir"])).resolve()
SHARED_DATA_DIR = config.shared_data_dir(CONF)

DEBUG = bool(CONF["debug"])
SECRET_KEY = str(CONF["secret_key"])
ALLOWED_HOSTS = list(CONF["allowed_hosts"])

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "ninja",
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
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
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
    }
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

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 8}},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "missions:list"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = str(CONF["language"])
LANGUAGES = [("ko", _("Korean")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = str(CONF["time_zone"])

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

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False  # htmx reads it to send X-CSRFToken
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

_backend = str(CONF["email_backend"])
EMAIL_BACKEND = {
    "console": "django.core.mail.backends.console.EmailBackend",
    "file": "django.core.mail.backends.filebased.EmailBackend",
    "smtp": "django.core.mail.backends.smtp.EmailBackend",
}[_backend]
EMAIL_FILE_PATH = DATA_DIR / "mail"
EMAIL_HOST = str(CONF["email_host"])
EMAIL_PORT = int(CONF["email_port"])
DEFAULT_FROM_EMAIL = str(CONF["email_from"])
BASE_URL = str(CONF["base_url"]).rstrip("/")
GYORYU_MATCHING_EMBEDDING = str(CONF["matching_embedding"])

DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
