"""Settings for Lan Tỏa, read from LANTOA_* environment variables with safe defaults."""

from __future__ import annotations

from pathlib import Path

from lantoa.core.database import database_config
from lantoa.core.env import (
    ConfigError,
    env_bool,
    env_dir,
    env_int,
    env_list,
    env_log_level,
    env_origins,
    env_str,
    env_time_zone,
)
from lantoa.core.pdfsign import pkcs11_config_from_env
from lantoa.core.secrets import secret_key_load_or_create

PACKAGE_DIR = Path(__file__).resolve().parent.parent

# Made 0700, as is a folder that already holds what Lan Tỏa writes there.
DATA_DIR = env_dir(
    "LANTOA_DATA_DIR", "./lantoa-data", private_if_holds=("secret.key", "lantoa.sqlite3", "uploads")
)
MEDIA_ROOT = DATA_DIR / "uploads"
MEDIA_URL = "/tep/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
STATIC_URL = "/static/"

DEBUG = env_bool("LANTOA_DEBUG", False)
SECRET_KEY = env_str("LANTOA_SECRET_KEY", "") or secret_key_load_or_create(
    path=DATA_DIR / "secret.key"
)
ALLOWED_HOSTS = env_list("LANTOA_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_origins("LANTOA_CSRF_TRUSTED_ORIGINS")

DATABASES = {"default": database_config(url=env_str("LANTOA_DATABASE_URL", ""), data_dir=DATA_DIR)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "django_tasks",
    "django_tasks_db",
    "ninja",
    "lantoa.core.apps.CoreConfig",
    "lantoa.organization",
    "lantoa.accounts",
    "lantoa.audit",
    "lantoa.campaigns",
    "lantoa.notifications",
    "lantoa.guidance",
    "lantoa.reporting",
    "lantoa.api",
    "lantoa.documents",
    "lantoa.reminders",
    "lantoa.opinion",
    "lantoa.showcase",
    "lantoa.materials",
    "lantoa.press",
    "lantoa.awareness",
    "lantoa.project.apps.ProjectConfig",
]

MIDDLEWARE = [
    "lantoa.core.middleware.HeadWithoutBodyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "lantoa.core.middleware.RequestMemoMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "lantoa.core.middleware.SecurityHeadersMiddleware",
    "lantoa.core.middleware.MethodNotAllowedPageMiddleware",
    "lantoa.core.middleware.SessionIdleTimeoutMiddleware",
    "lantoa.accounts.middleware.TwoStepSignInMiddleware",
    "lantoa.audit.middleware.AuditContextMiddleware",
    "lantoa.audit.middleware.RefusedAccessAuditMiddleware",
]

ROOT_URLCONF = "lantoa.project.urls"
WSGI_APPLICATION = "lantoa.project.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "lantoa.accounts.context_processors.memberships",
            ],
        },
    }
]
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "accounts:login"

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt")]
TIME_ZONE = env_time_zone("LANTOA_TIME_ZONE", "Asia/Ho_Chi_Minh")
USE_I18N = True
# Vietnamese for the admin strings Django's own translation lacks (Skip to main content, …).
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
USE_TZ = True
DATE_FORMAT = "d/m/Y"
SHORT_DATE_FORMAT = "d/m/Y"
DATETIME_FORMAT = "d/m/Y H:i"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%Y-%m-%d"]
USE_THOUSAND_SEPARATOR = True

# A working day: a session ends 9 hours after login and when the browser closes.
SESSION_COOKIE_AGE = env_int("LANTOA_SESSION_HOURS", 9, minimum=1) * 3600
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
# ...and after this many minutes without a request (lantoa.core.middleware).
SESSION_IDLE_MINUTES = env_int("LANTOA_SESSION_IDLE_MINUTES", 60, minimum=1)
# Roles that must sign in with a second step (an authenticator app's code); "none" turns it off.
MFA_REQUIRED_ROLES = [
    r for r in env_list("LANTOA_MFA_REQUIRED_ROLES", ["board", "leader"]) if r != "none"
]
if set(MFA_REQUIRED_ROLES) - {"board", "leader", "reporter", "collaborator", "press"}:
    raise ConfigError(
        "LANTOA_MFA_REQUIRED_ROLES: dùng các vai trò board,leader,reporter,collaborator,press "
        f"hoặc none (đang là {','.join(MFA_REQUIRED_ROLES)})"
    )
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
SECURE = env_bool("LANTOA_SECURE_COOKIES", not DEBUG and bool(CSRF_TRUSTED_ORIGINS))
SESSION_COOKIE_SECURE = SECURE
CSRF_COOKIE_SECURE = SECURE
SECURE_SSL_REDIRECT = env_bool("LANTOA_SSL_REDIRECT", False)
SECURE_HSTS_SECONDS = env_int("LANTOA_HSTS_SECONDS", 0, minimum=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HSTS_SECONDS > 0
SECURE_HSTS_PRELOAD = False
# An intranet host can never be on the browsers' public HSTS preload list.
SILENCED_SYSTEM_CHECKS = ["security.W021"]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Behind a reverse proxy: trust its scheme and host headers, and take the client's address
# from X-Forwarded-For, as many hops from the right as there are proxies of ours
# (lantoa.core.network.client_address).
LANTOA_BEHIND_PROXY = env_bool("LANTOA_BEHIND_PROXY", False)
LANTOA_TRUSTED_PROXIES = env_int("LANTOA_TRUSTED_PROXIES", 1, minimum=1)
# `lantoa serve`'s waitress processes on one port (SO_REUSEPORT, Linux): one per core for peaks.
LANTOA_SERVE_PROCESSES = env_int("LANTOA_SERVE_PROCESSES", 1, minimum=1)
if LANTOA_BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    USE_X_FORWARDED_HOST = True

LOGIN_MAX_FAILURES = env_int("LANTOA_LOGIN_MAX_FAILURES", 5, minimum=1)
LOGIN_MAX_FAILURES_PER_ADDRESS = env_int("LANTOA_LOGIN_MAX_FAILURES_PER_ADDRESS", 20, minimum=1)
LOGIN_LOCK_MINUTES = env_int("LANTOA_LOGIN_LOCK_MINUTES", 15, minimum=1)

DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_PERMISSIONS = 0o640

TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default"],
    }
}

EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if env_str("LANTOA_EMAIL_HOST", "")
    else "django.core.mail.backends.filebased.EmailBackend"
)
EMAIL_HOST = env_str("LANTOA_EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("LANTOA_EMAIL_PORT", 25, minimum=1)
EMAIL_FILE_PATH = DATA_DIR / "outbox"
DEFAULT_FROM_EMAIL = env_str("LANTOA_EMAIL_FROM", "lantoa@localhost")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    # A 403 is one line (who, what path), not a traceback; a real error keeps its traceback.
    "filters": {"refusal_one_line": {"()": "lantoa.core.logfilters.RefusalOneLine"}},
    "root": {"handlers": ["console"], "level": env_log_level("LANTOA_LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"filters": ["refusal_one_line"]},
        "django.db.backends": {"level": "WARNING"},
        # WeasyPrint and fontTools narrate every layout step at INFO.
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}

LANTOA_PROVINCE_NAME = env_str("LANTOA_PROVINCE_NAME", "Điện Biên")
# `lantoa serve` enqueues the daily reminders (đôn đốc) once a day from this local hour on.
LANTOA_REMINDER_HOUR = env_int("LANTOA_REMINDER_HOUR", 7, minimum=0)
if LANTOA_REMINDER_HOUR > 23:
    raise ConfigError(
        f"LANTOA_REMINDER_HOUR: dùng giờ từ 0 đến 23 (đang là {LANTOA_REMINDER_HOUR})"
    )
# Public-opinion monitoring: the pseudonym key lives outside the database; raw items age out.
LANTOA_OPINION_KEY_FILE = env_str("LANTOA_OPINION_KEY_FILE", str(DATA_DIR / "opinion.key"))
# Signs backup manifests; restore into an empty data folder needs it, so keep a copy elsewhere.
LANTOA_BACKUP_KEY_FILE = env_str("LANTOA_BACKUP_KEY_FILE", str(DATA_DIR / "backup.key"))
LANTOA_OPINION_RETENTION_DAYS = env_int("LANTOA_OPINION_RETENTION_DAYS", 365, minimum=1)
# Notifications someone has read are deleted this many days after they were sent.
LANTOA_NOTIFICATION_RETENTION_DAYS = env_int("LANTOA_NOTIFICATION_RETENTION_DAYS", 90, minimum=1)
# Audit log: the chain's HMAC key and the append-only anchor of its heads live outside the database.
LANTOA_AUDIT_KEY_FILE = env_str("LANTOA_AUDIT_KEY_FILE", str(DATA_DIR / "audit.key"))
LANTOA_AUDIT_ANCHOR_FILE = env_str("LANTOA_AUDIT_ANCHOR_FILE", str(DATA_DIR / "audit-head.log"))
CSRF_FAILURE_VIEW = "lantoa.core.views.csrf_failure"
# The modules of the parsers run in the limited child (core.isolation), loaded once in the fork
# server. Each must import before Django's apps are ready: the server dies on any other error.
LANTOA_PARSER_MODULES = [
    "lantoa.core.images",
    "PIL.Image",
    "PIL.ImageOps",
    "lantoa.core.pdfs",
    "pypdf",
    "docx",
    "lantoa.reporting.excel.reader",
    "lantoa.guidance.reading",
    "lantoa.awareness.bank.reader",
    "lantoa.awareness.tallies",
    "lantoa.documents.signing",
    "lantoa.opinion.claimsfile",
    "lantoa.opinion.importers",
]
# Materials (tài liệu tuyên truyền): the largest attached file, and the loudspeaker reading rate.
LANTOA_MATERIAL_MAX_MB = env_int("LANTOA_MATERIAL_MAX_MB", 200, minimum=1)
LANTOA_SPEAKING_RATE_WPM = env_int("LANTOA_SPEAKING_RATE_WPM", 130, minimum=40)

# PAdES signing of issued PDFs by the organisation's PKCS#11 token (core.pdfsign): None when no
# LANTOA_PKCS11_* variable is set; a half set-up stops the start with the missing names.
LANTOA_PKCS11 = pkcs11_config_from_env()
# The board's trusted roots (the government CA's .pem/.cer files) for checking signatures.
LANTOA_TRUSTED_ROOTS_DIR = env_str("LANTOA_TRUSTED_ROOTS_DIR", str(DATA_DIR / "trusted-roots"))
