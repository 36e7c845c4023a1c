"""Request and response bodies of the v1 API."""

from decimal import Decimal
from typing import Annotated
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Currency = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]


class ScoreRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    customer_id: UUID = Field(alias="customerId")
    amount_minor: int = Field(alias="amountMinor", gt=0, le=10_000_000)
    currency: Currency
    device_id: str | None = Field(default=None, alias="deviceId", max_length=128)
    ip_country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")] | None = Field(
        default=None, alias="ipCountry"
    )


class ScoreResponse(BaseModel):
    score: Decimal = Field(ge=0, le=1, decimal_places=4)
    reject: bool
    reasons: list[str]
