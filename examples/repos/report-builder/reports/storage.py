"""Uploads report results to S3 as CSV."""

import csv
import io
from datetime import date
from typing import Any

import boto3
from botocore.config import Config
from django.conf import settings

_s3 = boto3.client("s3", config=Config(connect_timeout=3, read_timeout=30, retries={"max_attempts": 3}))


def upload(report: str, period_start: date, rows: list[dict[str, Any]]) -> str:
    buf = io.StringIO()
    if rows:
        writer = csv.DictWriter(buf, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    key = f"{report}/{period_start.isoformat()}.csv"
    _s3.put_object(Bucket=settings.REPORT_BUCKET, Key=key, Body=buf.getvalue().encode(), ServerSideEncryption="aws:kms")
    return f"s3://{settings.REPORT_BUCKET}/{key}"
