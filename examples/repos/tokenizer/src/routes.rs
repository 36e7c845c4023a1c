//! HTTP surface: /v1/tokens, health and metrics.

use std::time::{Duration, Instant};

use axum::{
    extract::{MatchedPath, Path, Request, State},
    http::{header, HeaderName, HeaderValue, Method, StatusCode},
    middleware::{self, Next},
    response::{IntoResponse, Response},
    routing::{get, post},
    Json, Router,
};
use metrics_exporter_prometheus::PrometheusHandle;
use serde::{Deserialize, Serialize};
use tower::ServiceBuilder;
use tower_http::{
    cors::{AllowOrigin, CorsLayer},
    propagate_header::PropagateHeaderLayer,
    request_id::{MakeRequestUuid, SetRequestIdLayer},
    set_header::SetResponseHeaderLayer,
    timeout::TimeoutLayer,
    trace::TraceLayer,
};

use crate::{error::ApiError, luhn, vault::Vault};

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

#[derive(Clone)]
pub struct AppState {
    pub vault: Vault,
    pub metrics: PrometheusHandle,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TokenizeRequest {
    pan: String,
}

#[derive(Serialize)]
pub struct TokenizeResponse {
    token: String,
}

#[derive(Serialize)]
pub struct DetokenizeResponse {
    pan: String,
}

pub fn router(state: AppState) -> Router {
    let api = Router::new()
        .route("/v1/tokens", post(tokenize))
        .route("/v1/tokens/{token}", get(detokenize))
        .route_layer(middleware::from_fn(track_metrics));

    Router::new()
        .route("/healthz", get(|| async { StatusCode::OK }))
        .route("/readyz", get(readyz))
        .route("/metrics", get(|State(s): State<AppState>| async move { s.metrics.render() }))
        .merge(api)
        .layer(
            ServiceBuilder::new()
                .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
                .layer(TraceLayer::new_for_http())
                .layer(PropagateHeaderLayer::new(REQUEST_ID))
                .layer(TimeoutLayer::new(Duration::from_secs(3)))
                .layer(
                    CorsLayer::new()
                        .allow_origin(AllowOrigin::list([HeaderValue::from_static("https://checkout.larkspur.example")]))
                        .allow_methods([Method::POST]),
                )
                .layer(SetResponseHeaderLayer::overriding(
                    header::STRICT_TRANSPORT_SECURITY,
                    HeaderValue::from_static("max-age=63072000; includeSubDomains"),
                ))
                .layer(SetResponseHeaderLayer::overriding(
                    header::X_CONTENT_TYPE_OPTIONS,
                    HeaderValue::from_static("nosniff"),
                ))
                .layer(SetResponseHeaderLayer::overriding(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")))
                .layer(SetResponseHeaderLayer::overriding(
                    header::CONTENT_SECURITY_POLICY,
                    HeaderValue::from_static("default-src 'none'; frame-ancestors 'none'"),
                ))
                .layer(SetResponseHeaderLayer::overriding(header::CACHE_CONTROL, HeaderValue::from_static("no-store"))),
        )
        .with_state(state)
}

async fn readyz(State(s): State<AppState>) -> StatusCode {
    if s.vault.ready().await { StatusCode::OK } else { StatusCode::SERVICE_UNAVAILABLE }
}

async fn tokenize(
    State(s): State<AppState>,
    Json(req): Json<TokenizeRequest>,
) -> Result<(StatusCode, Json<TokenizeResponse>), ApiError> {
    if !luhn::is_valid(&req.pan) {
        return Err(ApiError::InvalidPan);
    }
    let token = s.vault.tokenize(&req.pan).await?;
    Ok((StatusCode::CREATED, Json(TokenizeResponse { token })))
}

async fn detokenize(State(s): State<AppState>, Path(token): Path<String>) -> Result<Json<DetokenizeResponse>, ApiError> {
    if !token.starts_with("tok_") || token.len() > 40 {
        return Err(ApiError::NotFound);
    }
    let pan = s.vault.detokenize(&token).await?;
    Ok(Json(DetokenizeResponse { pan }))
}

/// RED metrics per matched route; the raw path would leak tokens into label values.
async fn track_metrics(req: Request, next: Next) -> Response {
    let start = Instant::now();
    let route = req.extensions().get::<MatchedPath>().map_or_else(|| "unmatched".to_owned(), |p| p.as_str().to_owned());
    let method = req.method().to_string();
    let response = next.run(req).await;
    let labels = [("route", route), ("method", method), ("code", response.status().as_u16().to_string())];
    metrics::counter!("http_server_requests_total", &labels).increment(1);
    metrics::histogram!("http_server_request_duration_seconds", &labels[..2]).record(start.elapsed().as_secs_f64());
    response.into_response()
}
