-- Each revision of the policy a visitor answered, archived once, by the
-- SHA-256 of its `to_json()`: the exact text shown can be produced later.
CREATE TABLE policy_archive (
    sha256 TEXT PRIMARY KEY NOT NULL,
    revision TEXT NOT NULL,
    json TEXT NOT NULL,
    archived_at_us INTEGER NOT NULL
);

-- The policy page of an archived revision, in each declared language.
CREATE TABLE policy_archive_pages (
    sha256 TEXT NOT NULL REFERENCES policy_archive (sha256),
    lang TEXT NOT NULL,
    html TEXT NOT NULL,
    PRIMARY KEY (sha256, lang)
);

-- One row per choice. No IP address, no user agent: the random consent id
-- is all that links a visitor's choices.
CREATE TABLE consent_records (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    consent_id TEXT NOT NULL,
    recorded_at_us INTEGER NOT NULL,
    revision TEXT NOT NULL,
    policy_sha256 TEXT NOT NULL REFERENCES policy_archive (sha256),
    accepted TEXT NOT NULL,
    previous TEXT,
    source TEXT NOT NULL
);

CREATE INDEX consent_records_by_id ON consent_records (consent_id, seq);
CREATE INDEX consent_records_by_time ON consent_records (recorded_at_us);
