CREATE TABLE notifications (
  id                  uuid PRIMARY KEY,
  channel             text        NOT NULL CHECK (channel IN ('email', 'sms')),
  recipient_hash      text        NOT NULL,
  template            text        NOT NULL,
  status              text        NOT NULL,
  provider_message_id text UNIQUE,
  updated_at          timestamptz NOT NULL DEFAULT now()
);
