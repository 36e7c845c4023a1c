"""HTTP API: run a report definition and fetch its result."""

from datetime import date

import structlog
from ninja import NinjaAPI, Schema
from pydantic import Field

from . import render, storage

log = structlog.get_logger(__name__)
api = NinjaAPI(title="Report builder", version="0.14.2", docs_url=None)


class RunRequest(Schema):
    report: str = Field(pattern=r"^[a-z0-9-]{3,64}$")
    period_start: date
    period_end: date
    currency: str = Field(default="EUR", pattern=r"^[A-Z]{3}$")


class RunResult(Schema):
    report: str
    rows: int
    location: str


@api.post("/reports/run", response=RunResult)
def run_report(request, body: RunRequest) -> RunResult:  # type: ignore[no-untyped-def]
    definition = render.load_definition(body.report)
    rows = render.execute(definition, body.period_start, body.period_end, body.currency)
    location = storage.upload(body.report, body.period_start, rows)
    log.info("report_built", report=body.report, rows=len(rows))
    return RunResult(report=body.report, rows=len(rows), location=location)
