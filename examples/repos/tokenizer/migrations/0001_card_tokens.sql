CREATE TABLE card_tokens (
    token       text PRIMARY KEY,
    ciphertext  text        NOT NULL,
    last4       char(4)     NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
