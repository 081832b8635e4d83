"""Local development: runs with no .env at all (SQLite, debug, demo accounts allowed)."""

from config.env import env

from .base import *  # noqa: F403

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env.str("SECRET_KEY", default="dev-only-insecure-key-never-use-in-production")
# Demo accounts (make run) are created only when this is True; production never sets it.
CAREGUIDE_DEMO_ACCOUNTS = True
