import pytest
from pydantic import ValidationError

from fraud_scoring.models import ScoreRequest


@pytest.mark.parametrize(
    "body",
    [
        {"customerId": "not-a-uuid", "amountMinor": 100, "currency": "EUR"},
        {"customerId": "0b5b8a8e-3c1e-4f51-9d7e-5d7a1c0f2b11", "amountMinor": 0, "currency": "EUR"},
        {"customerId": "0b5b8a8e-3c1e-4f51-9d7e-5d7a1c0f2b11", "amountMinor": 100, "currency": "euro"},
        {"customerId": "0b5b8a8e-3c1e-4f51-9d7e-5d7a1c0f2b11", "amountMinor": 100, "currency": "EUR", "x": 1},
    ],
)
def test_invalid_requests_are_rejected(body: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        ScoreRequest.model_validate(body)
