"""Loads YAML report definitions and runs their query with bound parameters."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import yaml
from django.conf import settings
from django.db import connection

DEFINITIONS = Path(__file__).parent / "definitions"


@dataclass(frozen=True)
class Definition:
    name: str
    sql: str
    amount_column: str | None


def load_definition(name: str) -> Definition:
    data = yaml.safe_load((DEFINITIONS / f"{name}.yaml").read_text())
    return Definition(name=name, sql=data["sql"], amount_column=data.get("amount_column"))


def fx_rate(currency: str) -> Decimal:
    if currency == "EUR":
        return Decimal(1)
    resp = httpx.get(f"{settings.FX_RATES_URL}/rates/EUR", timeout=5.0)
    resp.raise_for_status()
    return Decimal(str(resp.json()["rates"][currency]))


def execute(defn: Definition, start: date, end: date, currency: str) -> list[dict[str, Any]]:
    # Definitions use psycopg placeholders (%s) and never interpolate values into the SQL text.
    with connection.cursor() as cursor:
        cursor.execute(defn.sql, [start, end])
        cols = [c.name for c in cursor.description or []]
        rows = [dict(zip(cols, r, strict=True)) for r in cursor.fetchall()]
    if defn.amount_column and currency != "EUR":
        rate = fx_rate(currency)
        for row in rows:
            row[defn.amount_column] = row[defn.amount_column] * rate
    return rows


def latest_snapshot(table: str) -> date | None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT max(snapshot_date) FROM warehouse.snapshots WHERE table_name = %s", [table])
        row = cursor.fetchone()
    return row[0] if row else None
