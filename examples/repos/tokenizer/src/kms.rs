//! Envelope encryption through the internal KMS gateway, with timeouts and bounded retries.

use std::time::Duration;

use backoff::{future::retry, ExponentialBackoffBuilder};
use serde::{Deserialize, Serialize};

use crate::error::ApiError;

#[derive(Clone)]
pub struct KmsClient {
    http: reqwest::Client,
    base_url: String,
    key_id: String,
}

#[derive(Serialize)]
struct EncryptRequest<'a> {
    key_id: &'a str,
    plaintext: &'a str,
}

#[derive(Serialize)]
struct DecryptRequest<'a> {
    ciphertext: &'a str,
}

#[derive(Deserialize)]
struct EncryptResponse {
    ciphertext: String,
}

#[derive(Deserialize)]
struct DecryptResponse {
    plaintext: String,
}

impl KmsClient {
    pub fn new(base_url: String, key_id: String) -> anyhow::Result<Self> {
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_millis(200))
            .timeout(Duration::from_millis(800))
            .build()?;
        Ok(Self { http, base_url, key_id })
    }

    fn policy() -> backoff::ExponentialBackoff {
        ExponentialBackoffBuilder::new()
            .with_initial_interval(Duration::from_millis(25))
            .with_max_elapsed_time(Some(Duration::from_millis(1500)))
            .build()
    }

    pub async fn encrypt(&self, plaintext: &str) -> Result<String, ApiError> {
        let body = EncryptRequest { key_id: &self.key_id, plaintext };
        let resp: EncryptResponse = retry(Self::policy(), || async {
            let r = self
                .http
                .post(format!("{}/v1/encrypt", self.base_url))
                .json(&body)
                .send()
                .await
                .and_then(reqwest::Response::error_for_status)
                .map_err(classify)?;
            r.json().await.map_err(backoff::Error::permanent)
        })
        .await
        .map_err(ApiError::KmsUnavailable)?;
        Ok(resp.ciphertext)
    }

    pub async fn decrypt(&self, ciphertext: &str) -> Result<String, ApiError> {
        let body = DecryptRequest { ciphertext };
        let resp: DecryptResponse = retry(Self::policy(), || async {
            let r = self
                .http
                .post(format!("{}/v1/decrypt", self.base_url))
                .json(&body)
                .send()
                .await
                .and_then(reqwest::Response::error_for_status)
                .map_err(classify)?;
            r.json().await.map_err(backoff::Error::permanent)
        })
        .await
        .map_err(ApiError::KmsUnavailable)?;
        Ok(resp.plaintext)
    }
}

/// Timeouts, connection errors and 5xx are worth retrying; 4xx are not.
fn classify(err: reqwest::Error) -> backoff::Error<reqwest::Error> {
    match err.status() {
        Some(s) if s.is_client_error() => backoff::Error::permanent(err),
        _ => backoff::Error::transient(err),
    }
}
