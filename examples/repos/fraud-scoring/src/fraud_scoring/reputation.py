"""Device reputation from an external vendor, with timeouts, retries and a neutral fallback."""

import httpx
import structlog
from tenacity import (
    AsyncRetrying,
    retry_if_exception_type,
    stop_after_attempt,
    wait_exponential_jitter,
)

log = structlog.get_logger(__name__)

NEUTRAL = 0.5


class ReputationClient:
    def __init__(self, base_url: str, api_key: str) -> None:
        self._client = httpx.AsyncClient(
            base_url=base_url,
            headers={"X-Api-Key": api_key},
            timeout=httpx.Timeout(0.25, connect=0.1),
        )

    async def device_reputation(self, device_id: str | None) -> float:
        if device_id is None:
            return NEUTRAL
        try:
            async for attempt in AsyncRetrying(
                stop=stop_after_attempt(2),
                wait=wait_exponential_jitter(initial=0.02, max=0.1),
                retry=retry_if_exception_type(httpx.TransportError),
                reraise=True,
            ):
                with attempt:
                    resp = await self._client.get(f"/devices/{device_id}")
                    resp.raise_for_status()
                    return float(resp.json()["reputation"])
        except (httpx.HTTPError, KeyError, ValueError) as exc:
            log.warning("reputation_unavailable", error=str(exc))
        return NEUTRAL

    async def aclose(self) -> None:
        await self._client.aclose()
