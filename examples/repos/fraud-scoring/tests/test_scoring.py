from uuid import uuid4

from fraud_scoring.models import ScoreRequest
from fraud_scoring.scoring import Model


def request(amount: int, country: str | None = "DE") -> ScoreRequest:
    return ScoreRequest.model_validate(
        {"customerId": str(uuid4()), "amountMinor": amount, "currency": "EUR", "ipCountry": country}
    )


def test_model_loads_from_json() -> None:
    model = Model.load()
    assert model.version
    assert set(model.weights) == {"log_amount", "device_reputation", "recent_attempts", "foreign_ip"}


def test_larger_and_foreign_attempts_score_higher() -> None:
    model = Model.load()
    low, _ = model.score(request(1_500), reputation=0.9, recent_attempts=0)
    high, reasons = model.score(request(900_000, "BR"), reputation=0.1, recent_attempts=8)
    assert high > low
    assert reasons
