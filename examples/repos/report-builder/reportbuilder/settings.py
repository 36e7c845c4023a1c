"""Django settings. Everything environment-specific comes from environment variables."""

import os

from .logging_setup import configure_structlog

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "reports.larkspur.example").split(",")

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django_prometheus",
    "corsheaders",
    "reports",
]

MIDDLEWARE = [
    "django_prometheus.middleware.PrometheusBeforeMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "reportbuilder.middleware.RequestContextMiddleware",
    "reportbuilder.middleware.SecurityHeadersMiddleware",
    "django_prometheus.middleware.PrometheusAfterMiddleware",
]

ROOT_URLCONF = "reportbuilder.urls"
WSGI_APPLICATION = "reportbuilder.wsgi.application"

DATABASES = {
    "default": {
        "ENGINE": "django_prometheus.db.backends.postgresql",
        "HOST": os.environ["WAREHOUSE_HOST"],
        "NAME": os.environ.get("WAREHOUSE_DB", "analytics"),
        "USER": os.environ["WAREHOUSE_USER"],
        "PASSWORD": os.environ["WAREHOUSE_PASSWORD"],
        "OPTIONS": {"options": "-c statement_timeout=120000"},
        "CONN_MAX_AGE": 60,
    }
}

CORS_ALLOWED_ORIGINS = ["https://backoffice.larkspur.example"]

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_HSTS_SECONDS = 31536000
X_FRAME_OPTIONS = "DENY"

REPORT_BUCKET = os.environ.get("REPORT_BUCKET", "larkspur-reports")
FX_RATES_URL = os.environ.get("FX_RATES_URL", "http://fx-rates.ledger:8080")

USE_TZ = True
configure_structlog()
