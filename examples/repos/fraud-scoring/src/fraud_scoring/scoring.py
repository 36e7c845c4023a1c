"""A logistic regression over a handful of features. Weights ship as JSON, reviewed like code."""

import json
import math
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources

from .models import ScoreRequest


@dataclass(frozen=True)
class Model:
    intercept: float
    weights: dict[str, float]
    version: str

    @classmethod
    def load(cls) -> "Model":
        raw = resources.files("fraud_scoring.model").joinpath("weights.json").read_text()
        data = json.loads(raw)
        return cls(intercept=float(data["intercept"]), weights=dict(data["weights"]), version=str(data["version"]))

    def score(self, req: ScoreRequest, reputation: float, recent_attempts: int) -> tuple[Decimal, list[str]]:
        features = {
            "log_amount": math.log10(req.amount_minor),
            "device_reputation": reputation,
            "recent_attempts": float(min(recent_attempts, 20)),
            "foreign_ip": 1.0 if req.ip_country not in (None, "DE", "AT", "CH") else 0.0,
        }
        z = self.intercept + sum(self.weights[k] * v for k, v in features.items())
        p = 1 / (1 + math.exp(-z))
        contributions = sorted(features, key=lambda k: self.weights[k] * features[k], reverse=True)
        return Decimal(f"{p:.4f}"), contributions[:2]
