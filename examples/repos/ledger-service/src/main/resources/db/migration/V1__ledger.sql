CREATE TABLE journal_entries (
    id           uuid PRIMARY KEY,
    reference    text UNIQUE NOT NULL,
    booking_date date        NOT NULL,
    currency     char(3)     NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE journal_lines (
    entry_id     uuid   NOT NULL REFERENCES journal_entries (id),
    line_no      int    NOT NULL,
    account      text   NOT NULL,
    side         text   NOT NULL CHECK (side IN ('DEBIT', 'CREDIT')),
    amount_minor bigint NOT NULL CHECK (amount_minor > 0),
    PRIMARY KEY (entry_id, line_no)
);

CREATE INDEX journal_lines_account ON journal_lines (account);
