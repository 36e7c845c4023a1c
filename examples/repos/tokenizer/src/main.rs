//! Card tokenizer: PAN in, token out.

mod error;
mod kms;
mod luhn;
mod routes;
mod telemetry;
mod vault;

use std::{net::SocketAddr, time::Duration};

use anyhow::Context;
use sqlx::postgres::PgPoolOptions;
use tokio::net::TcpListener;

use crate::{kms::KmsClient, routes::AppState, vault::Vault};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let tracer_provider = telemetry::init("tokenizer")?;
    let metrics = telemetry::install_metrics()?;

    let pool = PgPoolOptions::new()
        .max_connections(16)
        .acquire_timeout(Duration::from_secs(2))
        .connect(&std::env::var("DATABASE_URL").context("DATABASE_URL is required")?)
        .await
        .context("connect to database")?;
    sqlx::migrate!().run(&pool).await.context("run migrations")?;

    let kms = KmsClient::new(
        std::env::var("KMS_URL").context("KMS_URL is required")?,
        std::env::var("KMS_KEY_ID").context("KMS_KEY_ID is required")?,
    )?;
    let state = AppState { vault: Vault::new(pool.clone(), kms), metrics };

    let addr: SocketAddr = "0.0.0.0:8080".parse()?;
    let listener = TcpListener::bind(addr).await?;
    tracing::info!(%addr, "listening");
    axum::serve(listener, routes::router(state))
        .with_graceful_shutdown(shutdown_signal())
        .await?;

    pool.close().await;
    tracer_provider.shutdown()?;
    Ok(())
}

/// Resolves on SIGTERM (Kubernetes) or Ctrl-C (local runs).
async fn shutdown_signal() {
    let ctrl_c = async {
        tokio::signal::ctrl_c().await.expect("install Ctrl-C handler");
    };
    let terminate = async {
        tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
            .expect("install SIGTERM handler")
            .recv()
            .await;
    };
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutdown signal received, draining");
}
