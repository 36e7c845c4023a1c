resource "aws_sqs_queue" "fraud_feedback_dlq" {
  name                      = "fraud-feedback-dlq"
  message_retention_seconds = 1209600
  sqs_managed_sse_enabled   = true
}

resource "aws_sqs_queue" "fraud_feedback" {
  name                       = "fraud-feedback"
  visibility_timeout_seconds = 60
  sqs_managed_sse_enabled    = true
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.fraud_feedback_dlq.arn
    maxReceiveCount     = 5
  })
}
