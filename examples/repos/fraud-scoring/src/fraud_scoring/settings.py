"""Configuration from the environment (secrets are injected by the platform, never committed)."""

from pydantic import Field, PostgresDsn, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FRAUD_", case_sensitive=False)

    database_url: PostgresDsn
    reputation_url: str = "https://reputation.vendor.example"
    reputation_api_key: SecretStr
    feedback_queue_url: str
    reject_threshold: float = Field(default=0.85, ge=0, le=1)
    log_level: str = "info"
