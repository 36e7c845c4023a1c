resource "aws_s3_bucket" "reports" {
  bucket = "larkspur-reports"
}

resource "aws_s3_bucket_public_access_block" "reports" {
  bucket                  = aws_s3_bucket.reports.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# Written in a hurry for the first quarter-end run; should be narrowed to PutObject on the reports bucket.
data "aws_iam_policy_document" "report_builder" {
  statement {
    actions   = ["s3:*"]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "report_builder" {
  name   = "report-builder"
  role   = "report-builder-irsa"
  policy = data.aws_iam_policy_document.report_builder.json
}
