"""Consumes chargeback feedback from SQS. Messages that fail 5 times move to the DLQ (see deploy/terraform)."""

import asyncio
import json
from uuid import UUID

import structlog
from aiobotocore.session import get_session

from .db import AttemptStore

log = structlog.get_logger(__name__)


async def consume_feedback(queue_url: str, store: AttemptStore, stop: asyncio.Event) -> None:
    session = get_session()
    async with session.create_client("sqs") as sqs:
        while not stop.is_set():
            resp = await asyncio.wait_for(
                sqs.receive_message(QueueUrl=queue_url, MaxNumberOfMessages=10, WaitTimeSeconds=10),
                timeout=15,
            )
            for msg in resp.get("Messages", []):
                try:
                    body = json.loads(msg["Body"])
                    await store.record_chargeback(UUID(body["customerId"]), UUID(body["orderId"]))
                except (KeyError, ValueError) as exc:
                    # Leave it on the queue; after maxReceiveCount it lands in the DLQ for inspection.
                    log.warning("feedback_rejected", message_id=msg["MessageId"], error=str(exc))
                    continue
                await sqs.delete_message(QueueUrl=queue_url, ReceiptHandle=msg["ReceiptHandle"])
