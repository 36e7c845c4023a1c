//! Tracing (JSON logs + OTLP spans) and Prometheus metrics.

use anyhow::Context;
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use opentelemetry::{global, trace::TracerProvider as _};
use opentelemetry_otlp::SpanExporter;
use opentelemetry_sdk::{propagation::TraceContextPropagator, trace::SdkTracerProvider, Resource};
use tracing_subscriber::{layer::SubscriberExt, util::SubscriberInitExt, EnvFilter};

/// Installs the global subscriber: JSON to stdout, spans to the OTLP collector
/// (`OTEL_EXPORTER_OTLP_ENDPOINT`). Log lines carry the trace and span ids via `tracing-opentelemetry`.
pub fn init(service: &'static str) -> anyhow::Result<SdkTracerProvider> {
    global::set_text_map_propagator(TraceContextPropagator::new());
    let exporter = SpanExporter::builder().with_tonic().build().context("build OTLP exporter")?;
    let provider = SdkTracerProvider::builder()
        .with_batch_exporter(exporter)
        .with_resource(Resource::builder().with_service_name(service).build())
        .build();
    let tracer = provider.tracer(service);

    tracing_subscriber::registry()
        .with(EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn")))
        .with(tracing_subscriber::fmt::layer().json().with_current_span(true).with_span_list(false))
        .with(tracing_opentelemetry::layer().with_tracer(tracer))
        .try_init()
        .context("install tracing subscriber")?;
    Ok(provider)
}

/// Prometheus recorder with latency buckets that resolve the 100 ms SLO threshold.
pub fn install_metrics() -> anyhow::Result<PrometheusHandle> {
    PrometheusBuilder::new()
        .set_buckets_for_metric(
            Matcher::Full("http_server_request_duration_seconds".to_owned()),
            &[0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0],
        )?
        .install_recorder()
        .context("install prometheus recorder")
}
