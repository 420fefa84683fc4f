-- The audit trail of analysts' reviews: rows are only ever added (see org.saytara.review.Review).
-- The same columns as the PostgreSQL schema; "at" is ISO-8601 UTC text here, timestamptz there.
CREATE TABLE reviews (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id    TEXT,
    place_id    TEXT,
    action      TEXT NOT NULL CHECK (action IN ('confirm', 'reject', 'correct', 'pin', 'unpin')),
    set_json    TEXT,
    before_json TEXT,
    after_json  TEXT,
    reviewer    TEXT NOT NULL,
    at          TEXT NOT NULL,
    note        TEXT
);
CREATE INDEX reviews_event ON reviews (event_id);
CREATE INDEX reviews_place ON reviews (place_id);
