data "aws_iam_policy_document" "fraud_scoring" {
  statement {
    sid       = "ConsumeFeedback"
    actions   = ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"]
    resources = [aws_sqs_queue.fraud_feedback.arn]
  }
}

resource "aws_iam_policy" "fraud_scoring" {
  name   = "fraud-scoring"
  policy = data.aws_iam_policy_document.fraud_scoring.json
}

resource "aws_iam_role_policy_attachment" "fraud_scoring" {
  role       = "fraud-scoring-irsa"
  policy_arn = aws_iam_policy.fraud_scoring.arn
}
