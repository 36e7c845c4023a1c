use std::sync::Arc;

use axum::{
    extract::{Query, State},
    http::{HeaderValue, Method, StatusCode},
    routing::get,
    Json, Router,
};
use prometheus::{Encoder, IntCounter, TextEncoder};
use serde::Deserialize;
use tower_http::cors::CorsLayer;

mod index;

#[derive(Clone)]
struct AppState {
    index: Arc<index::Index>,
    lookups: IntCounter,
}

#[derive(Deserialize)]
struct SuggestParams {
    q: String,
    #[serde(default = "default_limit")]
    limit: usize,
}

fn default_limit() -> usize {
    8
}

#[tokio::main]
async fn main() {
    tracing_subscriber::fmt::init();

    let path = std::env::var("TERMS_FILE").unwrap_or_else(|_| "data/terms.json".into());
    let index = match index::Index::load(&path).await {
        Ok(i) => i,
        Err(e) => {
            eprintln!("cannot load {path}: {e}");
            std::process::exit(1);
        }
    };
    println!("loaded {} terms", index.len());

    let lookups = IntCounter::new("suggest_lookups_total", "Suggestion lookups").unwrap();
    prometheus::register(Box::new(lookups.clone())).unwrap();

    let state = AppState { index: Arc::new(index), lookups };
    let app = Router::new()
        .route("/healthz", get(|| async { StatusCode::OK }))
        .route("/metrics", get(metrics))
        .route("/suggest", get(suggest))
        .layer(
            CorsLayer::new()
                .allow_origin(HeaderValue::from_static("https://www.larkspur.example"))
                .allow_methods([Method::GET]),
        )
        .with_state(state);

    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await.unwrap();
    println!("listening on :8080");
    axum::serve(listener, app).await.unwrap();
}

async fn suggest(State(s): State<AppState>, Query(p): Query<SuggestParams>) -> Json<Vec<String>> {
    s.lookups.inc();
    let limit = p.limit.min(20);
    let hits = s.index.prefix(&p.q.to_lowercase(), limit);
    tracing::debug!(query = %p.q, hits = hits.len(), "suggest");
    Json(hits)
}

async fn metrics() -> String {
    let mut buf = Vec::new();
    TextEncoder::new().encode(&prometheus::gather(), &mut buf).unwrap();
    String::from_utf8(buf).unwrap()
}
