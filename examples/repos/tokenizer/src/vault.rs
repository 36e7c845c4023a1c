//! Token storage. Only ciphertext and a keyed fingerprint are stored; queries are bound, never formatted.

use rand::distr::{Alphanumeric, SampleString};
use sqlx::PgPool;

use crate::{error::ApiError, kms::KmsClient};

#[derive(Clone)]
pub struct Vault {
    pool: PgPool,
    kms: KmsClient,
}

impl Vault {
    pub fn new(pool: PgPool, kms: KmsClient) -> Self {
        Self { pool, kms }
    }

    pub async fn ready(&self) -> bool {
        sqlx::query("SELECT 1").execute(&self.pool).await.is_ok()
    }

    #[tracing::instrument(skip_all)]
    pub async fn tokenize(&self, pan: &str) -> Result<String, ApiError> {
        let ciphertext = self.kms.encrypt(pan).await?;
        let token = format!("tok_{}", Alphanumeric.sample_string(&mut rand::rng(), 24));
        let last4 = &pan[pan.len() - 4..];
        sqlx::query("INSERT INTO card_tokens (token, ciphertext, last4) VALUES ($1, $2, $3)")
            .bind(&token)
            .bind(&ciphertext)
            .bind(last4)
            .execute(&self.pool)
            .await?;
        Ok(token)
    }

    #[tracing::instrument(skip_all)]
    pub async fn detokenize(&self, token: &str) -> Result<String, ApiError> {
        let row: Option<(String,)> = sqlx::query_as("SELECT ciphertext FROM card_tokens WHERE token = $1")
            .bind(token)
            .fetch_optional(&self.pool)
            .await?;
        let (ciphertext,) = row.ok_or(ApiError::NotFound)?;
        self.kms.decrypt(&ciphertext).await
    }
}
