"""FastAPI application: /v1/scores, health and metrics."""

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated

import asyncpg
import structlog
from fastapi import Depends, FastAPI, Request, Response
from opentelemetry.instrumentation.fastapi import FastAPIInstrumentor
from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from .db import AttemptStore
from .feedback import consume_feedback
from .metrics import DECISIONS, red_middleware
from .models import ScoreRequest, ScoreResponse
from .reputation import ReputationClient
from .scoring import Model
from .settings import Settings
from .telemetry import setup_logging, setup_tracing

log = structlog.get_logger(__name__)


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings = Settings()  # type: ignore[call-arg]
    setup_logging(settings.log_level)
    provider = setup_tracing("fraud-scoring")
    pool = await asyncpg.create_pool(str(settings.database_url), min_size=2, max_size=10, command_timeout=2)
    app.state.settings = settings
    app.state.store = AttemptStore(pool)
    app.state.reputation = ReputationClient(settings.reputation_url, settings.reputation_api_key.get_secret_value())
    app.state.model = Model.load()
    stop = asyncio.Event()
    consumer = asyncio.create_task(consume_feedback(settings.feedback_queue_url, app.state.store, stop))
    log.info("started", model_version=app.state.model.version)
    try:
        yield
    finally:
        # uvicorn calls this on SIGTERM after it stops accepting connections and drains in-flight requests.
        stop.set()
        await asyncio.wait_for(consumer, timeout=20)
        await app.state.reputation.aclose()
        await pool.close()
        provider.shutdown()


app = FastAPI(title="Fraud scoring", version="1.2.0", lifespan=lifespan, docs_url=None, redoc_url=None)
app.middleware("http")(red_middleware)
FastAPIInstrumentor.instrument_app(app, excluded_urls="healthz,metrics")
HTTPXClientInstrumentor().instrument()


@app.middleware("http")
async def security_headers(request: Request, call_next):  # type: ignore[no-untyped-def]
    request_id = request.headers.get("x-request-id", "")
    structlog.contextvars.bind_contextvars(request_id=request_id)
    try:
        response: Response = await call_next(request)
    finally:
        structlog.contextvars.clear_contextvars()
    response.headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Content-Security-Policy"] = "default-src 'none'; frame-ancestors 'none'"
    return response


def get_store(request: Request) -> AttemptStore:
    store: AttemptStore = request.app.state.store
    return store


@app.get("/healthz", include_in_schema=False)
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@app.get("/metrics", include_in_schema=False)
async def metrics() -> Response:
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)


@app.post("/v1/scores", response_model=ScoreResponse)
async def score(
    body: ScoreRequest, request: Request, store: Annotated[AttemptStore, Depends(get_store)]
) -> ScoreResponse:
    reputation, recent = await asyncio.gather(
        request.app.state.reputation.device_reputation(body.device_id),
        store.recent_attempts(body.customer_id),
    )
    value, reasons = request.app.state.model.score(body, reputation, recent)
    reject = float(value) >= request.app.state.settings.reject_threshold
    DECISIONS.labels("reject" if reject else "accept").inc()
    await store.record(body.customer_id, body.amount_minor, float(value))
    log.info("scored", score=str(value), reject=reject)
    return ScoreResponse(score=value, reject=reject, reasons=reasons)
