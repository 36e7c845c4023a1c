"""Attempt history in PostgreSQL via asyncpg. All statements use $n parameters."""

from uuid import UUID

import asyncpg


class AttemptStore:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self._pool = pool

    async def recent_attempts(self, customer_id: UUID, minutes: int = 60) -> int:
        count = await self._pool.fetchval(
            "SELECT count(*) FROM payment_attempts "
            "WHERE customer_id = $1 AND attempted_at > now() - make_interval(mins => $2)",
            customer_id,
            minutes,
            timeout=0.5,
        )
        return int(count or 0)

    async def record(self, customer_id: UUID, amount_minor: int, score: float) -> None:
        await self._pool.execute(
            "INSERT INTO payment_attempts (customer_id, amount_minor, score) VALUES ($1, $2, $3)",
            customer_id,
            amount_minor,
            score,
            timeout=0.5,
        )

    async def record_chargeback(self, customer_id: UUID, order_id: UUID) -> None:
        await self._pool.execute(
            "INSERT INTO chargebacks (customer_id, order_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            customer_id,
            order_id,
            timeout=1.0,
        )
