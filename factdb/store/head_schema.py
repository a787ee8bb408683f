"""The schema Alembic's migrations give a new SQLite database, as the statements SQLite
keeps for it (``sqlite_master``, in creation order): an ingest into a new SQLite file creates
it from these without loading Alembic and SQLAlchemy (:mod:`factdb.ingest.sqlite_writer`).

Generated from the migrations: ``tests/ingest/test_sqlite_writer.py`` checks that a database
made from these statements is the one the migrations make, and writes this module anew when
a migration changes it.
"""

REVISION = "0009"

# fmt: off
STATEMENTS: tuple[str, ...] = (
    (
        "CREATE TABLE alembic_version (\n"
        "\tversion_num VARCHAR(32) NOT NULL, \n"
        "\tCONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)\n"
        ")"
    ),
    (
        "CREATE TABLE source (\n"
        "\tid INTEGER NOT NULL, \n"
        "\tpath TEXT NOT NULL, \n"
        "\tsha256 VARCHAR(64) NOT NULL, \n"
        "\tsize INTEGER NOT NULL, \n"
        "\tingested_at DATETIME NOT NULL, \n"
        "\ttitle TEXT, \n"
        "\turl TEXT, \n"
        "\toutlet TEXT, \n"
        "\tpublished DATE, \n"
        "\ttext TEXT NOT NULL, location TEXT, media_type VARCHAR, fetched_at DATETIME, \n"
        "\tPRIMARY KEY (id)\n"
        ")"
    ),
    "CREATE UNIQUE INDEX ix_source_sha256 ON source (sha256)",
    (
        "CREATE TABLE article (\n"
        "\tid INTEGER NOT NULL, \n"
        "\tsource_id INTEGER NOT NULL, \n"
        "\tordinal INTEGER NOT NULL, \n"
        "\ttitle TEXT NOT NULL, \n"
        "\tstart INTEGER NOT NULL, \n"
        "\t\"end\" INTEGER NOT NULL, \n"
        "\tpublished DATE, \n"
        "\tpublished_inferred BOOLEAN NOT NULL, published_precision VARCHAR, url TEXT, \n"
        "\tPRIMARY KEY (id), \n"
        "\tUNIQUE (source_id, ordinal), \n"
        "\tFOREIGN KEY(source_id) REFERENCES source (id)\n"
        ")"
    ),
    "CREATE INDEX ix_article_source_id ON article (source_id)",
    (
        "CREATE TABLE claim (\n"
        "\tid INTEGER NOT NULL, \n"
        "\tsource_id INTEGER NOT NULL, \n"
        "\tarticle_id INTEGER NOT NULL, \n"
        "\tstart INTEGER NOT NULL, \n"
        "\t\"end\" INTEGER NOT NULL, \n"
        "\tquote TEXT NOT NULL, \n"
        "\tsentence TEXT NOT NULL, \n"
        "\tsentence_start INTEGER NOT NULL, \n"
        "\tsentence_end INTEGER NOT NULL, \n"
        "\tvalue FLOAT NOT NULL, \n"
        "\tvalue_max FLOAT, \n"
        "\tunit VARCHAR, \n"
        "\tkind VARCHAR NOT NULL, \n"
        "\tqualifier VARCHAR NOT NULL, \n"
        "\tvague BOOLEAN NOT NULL, \n"
        "\tnoun VARCHAR NOT NULL, \n"
        "\tnoun_implied BOOLEAN NOT NULL, \n"
        "\tspeaker VARCHAR NOT NULL, \n"
        "\tcited_outlet VARCHAR NOT NULL, \n"
        "\tdate_text VARCHAR NOT NULL, \n"
        "\tdate VARCHAR, \n"
        "\tdate_precision VARCHAR, \n"
        "\tnormalized_value FLOAT, \n"
        "\tnormalized_unit VARCHAR, \n"
        "\trule VARCHAR NOT NULL, \n"
        "\textractor_version VARCHAR NOT NULL, \n"
        "\tfingerprint VARCHAR(64) NOT NULL, \n"
        "\tequivalent_id INTEGER, \n"
        "\torphaned BOOLEAN NOT NULL, \n"
        "\tstatus VARCHAR NOT NULL, \n"
        "\tnote TEXT NOT NULL, \n"
        "\tevidence_url TEXT NOT NULL, \n"
        "\tcorrected_value FLOAT, \n"
        "\tcorrected_value_max FLOAT, \n"
        "\tcorrected_unit VARCHAR, \n"
        "\tcorrected_noun VARCHAR, \n"
        "\treviewed_by VARCHAR NOT NULL, \n"
        "\treviewed_at DATETIME, \n"
        "\tversion INTEGER NOT NULL, \n"
        "\tPRIMARY KEY (id), \n"
        "\tFOREIGN KEY(source_id) REFERENCES source (id), \n"
        "\tFOREIGN KEY(article_id) REFERENCES article (id), \n"
        "\tFOREIGN KEY(equivalent_id) REFERENCES claim (id)\n"
        ")"
    ),
    "CREATE INDEX ix_claim_article_id ON claim (article_id, id)",
    "CREATE INDEX ix_claim_fingerprint ON claim (fingerprint)",
    "CREATE INDEX ix_claim_kind ON claim (kind)",
    "CREATE INDEX ix_claim_source_id ON claim (source_id)",
    "CREATE INDEX ix_claim_status_id ON claim (status, id)",
    "CREATE INDEX ix_claim_unit ON claim (unit)",
    (
        "CREATE TABLE review (\n"
        "\tid INTEGER NOT NULL, \n"
        "\tclaim_id INTEGER NOT NULL, \n"
        "\treviewer VARCHAR NOT NULL, \n"
        "\tcreated_at DATETIME NOT NULL, \n"
        "\taction VARCHAR NOT NULL, \n"
        "\tstatus VARCHAR NOT NULL, \n"
        "\tnote TEXT NOT NULL, \n"
        "\tevidence_url TEXT NOT NULL, \n"
        "\tcorrected_value FLOAT, \n"
        "\tcorrected_value_max FLOAT, \n"
        "\tcorrected_unit VARCHAR, \n"
        "\tcorrected_noun VARCHAR, \n"
        "\told_status VARCHAR NOT NULL, \n"
        "\told_note TEXT NOT NULL, \n"
        "\told_evidence_url TEXT NOT NULL, \n"
        "\told_corrected_value FLOAT, \n"
        "\told_corrected_value_max FLOAT, \n"
        "\told_corrected_unit VARCHAR, \n"
        "\told_corrected_noun VARCHAR, \n"
        "\tPRIMARY KEY (id), \n"
        "\tFOREIGN KEY(claim_id) REFERENCES claim (id)\n"
        ")"
    ),
    "CREATE INDEX ix_review_claim_id ON review (claim_id)",
    (
        "CREATE TABLE fact (\n"
        "\tid INTEGER NOT NULL, \n"
        "\t\"key\" TEXT NOT NULL, \n"
        "\tname TEXT NOT NULL, \n"
        "\tnoun TEXT NOT NULL, \n"
        "\tdimension VARCHAR NOT NULL, \n"
        "\tsubject VARCHAR NOT NULL, \n"
        "\tclaims INTEGER NOT NULL, \n"
        "\tsources INTEGER NOT NULL, \n"
        "\tconflicts INTEGER NOT NULL, \n"
        "\tfirst_date VARCHAR, \n"
        "\tlast_date VARCHAR, \n"
        "\tPRIMARY KEY (id), \n"
        "\tUNIQUE (\"key\")\n"
        ")"
    ),
    "CREATE INDEX ix_fact_conflicts_claims ON fact (conflicts, claims)",
    (
        "CREATE TABLE fact_claim (\n"
        "\tclaim_id INTEGER NOT NULL, \n"
        "\tfact_id INTEGER NOT NULL, \n"
        "\tPRIMARY KEY (claim_id), \n"
        "\tFOREIGN KEY(claim_id) REFERENCES claim (id) ON DELETE CASCADE, \n"
        "\tFOREIGN KEY(fact_id) REFERENCES fact (id) ON DELETE CASCADE\n"
        ")"
    ),
    "CREATE INDEX ix_fact_claim_fact_id ON fact_claim (fact_id)",
    (
        "CREATE TABLE fact_override (\n"
        "\tid INTEGER NOT NULL, \n"
        "\taction VARCHAR NOT NULL, \n"
        "\tfact_key TEXT NOT NULL, \n"
        "\ttarget_key TEXT NOT NULL, \n"
        "\tclaim_fingerprint VARCHAR(64) NOT NULL, \n"
        "\tname TEXT NOT NULL, \n"
        "\treviewer VARCHAR NOT NULL, \n"
        "\tcreated_at DATETIME NOT NULL, undoes INTEGER, \n"
        "\tPRIMARY KEY (id)\n"
        ")"
    ),
    (
        "CREATE TABLE fact_build (\n"
        "\tid INTEGER NOT NULL, \n"
        "\tsignature VARCHAR NOT NULL, \n"
        "\tbuilt_at DATETIME, \n"
        "\tPRIMARY KEY (id)\n"
        ")"
    ),
    (
        "CREATE TRIGGER review_no_update BEFORE UPDATE ON review BEGIN SELECT RAISE(ABORT, "
        "'review history is append-only'); END"
    ),
    (
        "CREATE TRIGGER review_no_delete BEFORE DELETE ON review BEGIN SELECT RAISE(ABORT, "
        "'review history is append-only'); END"
    ),
    (
        "CREATE TABLE fact_input (\n"
        "\tclaim_id INTEGER NOT NULL, \n"
        "\tversion INTEGER NOT NULL, \n"
        "\tarticle_id INTEGER NOT NULL, \n"
        "\tstart INTEGER NOT NULL, \n"
        "\t\"end\" INTEGER NOT NULL, \n"
        "\tsentence_start INTEGER NOT NULL, \n"
        "\tsentence_end INTEGER NOT NULL, \n"
        "\tnoun VARCHAR NOT NULL, \n"
        "\tcorrected_noun VARCHAR, \n"
        "\tunit VARCHAR, \n"
        "\tcorrected_unit VARCHAR, \n"
        "\tequivalent_id INTEGER, \n"
        "\tvalue FLOAT NOT NULL, \n"
        "\tvalue_max FLOAT, \n"
        "\tcorrected_value FLOAT, \n"
        "\tcorrected_value_max FLOAT, \n"
        "\tqualifier VARCHAR NOT NULL, \n"
        "\tvague BOOLEAN NOT NULL, \n"
        "\tdate VARCHAR, \n"
        "\tdate_precision VARCHAR, \n"
        "\tstatus VARCHAR NOT NULL, \n"
        "\tbase_key TEXT NOT NULL, \n"
        "\tidentity VARCHAR(64) NOT NULL, \n"
        "\topening VARCHAR NOT NULL, \n"
        "\topening_known BOOLEAN NOT NULL, evidence TEXT DEFAULT '' NOT NULL, \n"
        "\tPRIMARY KEY (claim_id)\n"
        ")"
    ),
    "CREATE INDEX ix_claim_equivalent_id ON claim (equivalent_id)",
    "CREATE INDEX ix_source_location ON source (location)",
    (
        "CREATE TABLE fact_clue (\n"
        "\tclaim_id INTEGER NOT NULL, \n"
        "\tarticle_id INTEGER NOT NULL, \n"
        "\tbuilt_from VARCHAR(32) NOT NULL, \n"
        "\tasked TEXT NOT NULL, \n"
        "\treading TEXT NOT NULL, \n"
        "\tclue TEXT, \n"
        "\tPRIMARY KEY (claim_id)\n"
        ")"
    ),
    "CREATE INDEX ix_fact_clue_article_id ON fact_clue (article_id)",
)
# fmt: on
