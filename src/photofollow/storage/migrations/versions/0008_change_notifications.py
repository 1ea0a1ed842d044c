"""Change notifications on a shared library (issue 14): every committed change to a record a window shows is
announced on the PostgreSQL channel `photofollow_changes`, so the other workstations refresh within moments
(storage/changefeed.py listens).

Triggers rather than announcements from the program: every write path (ORM, Core statements, another
PhotoFollow, a restore) is covered, and PostgreSQL delivers a notification only when its transaction commits,
so nothing half-written is ever announced. One trigger per table and statement (transition tables), not per
row: an UPDATE of 2,000 photos sends 20 notifications of up to 100 rows each, not 2,000.

Each notification is a small JSON object: the table, the writer's session (`photofollow.session`, which a
PhotoFollow sets on its connections; null for other writers) and the ids it touched as patients, treatments,
visits and photos, the patient found by join where the row does not hold it (null when its parents went in the
same transaction: a row deleted for good was in the trash already).

SQLite has no notifications and a folder library has one writer: nothing happens there.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHANNEL = "photofollow_changes"  # storage/changefeed.py listens on it
ROWS_PER_NOTIFICATION = 100  # keeps each payload far below PostgreSQL's 8000 bytes

# For each table: its touched rows (`{rows}`, a transition table) as (patient, treatment, visit, photo) ids.
LOCATE = {
    "patients": "SELECT r.id, NULL::integer, NULL::integer, NULL::integer FROM {rows} r",
    "treatments": "SELECT r.patient_id, r.id, NULL::integer, NULL::integer FROM {rows} r",
    "visits": (
        "SELECT t.patient_id, r.treatment_id, r.id, NULL::integer FROM {rows} r "
        "LEFT JOIN treatments t ON t.id = r.treatment_id"
    ),
    "photos": (
        "SELECT t.patient_id, v.treatment_id, r.visit_id, r.id FROM {rows} r "
        "LEFT JOIN visits v ON v.id = r.visit_id LEFT JOIN treatments t ON t.id = v.treatment_id"
    ),
    "symptom_entries": (
        "SELECT t.patient_id, v.treatment_id, r.visit_id, NULL::integer FROM {rows} r "
        "LEFT JOIN visits v ON v.id = r.visit_id LEFT JOIN treatments t ON t.id = v.treatment_id"
    ),
    "visit_assessments": (
        "SELECT t.patient_id, v.treatment_id, r.visit_id, NULL::integer FROM {rows} r "
        "LEFT JOIN visits v ON v.id = r.visit_id LEFT JOIN treatments t ON t.id = v.treatment_id"
    ),
    "trash": "SELECT r.patient_id, NULL::integer, NULL::integer, NULL::integer FROM {rows} r",
    "consents": "SELECT r.patient_id, NULL::integer, NULL::integer, NULL::integer FROM {rows} r",
}

# The touched rows of the statement (both sides of an UPDATE: a record moved names where it was and where
# it went), grouped into notifications. Static queries, one per operation, so each trigger plans its own once
# per connection (a query naming a transition table its trigger lacks is never run, hence never planned).
NOTIFICATIONS = (
    "WITH touched(patient_id, treatment_id, visit_id, photo_id) AS ({touched}), "
    "numbered AS (SELECT *, (row_number() OVER () - 1) / {per_notification} AS chunk FROM touched) "
    "SELECT json_build_object("
    "'table', '{table}', 'session', current_setting('photofollow.session', true), "
    "'patients', coalesce(json_agg(DISTINCT patient_id) FILTER (WHERE patient_id IS NOT NULL), '[]'), "
    "'treatments', coalesce(json_agg(DISTINCT treatment_id) FILTER (WHERE treatment_id IS NOT NULL), '[]'), "
    "'visits', coalesce(json_agg(DISTINCT visit_id) FILTER (WHERE visit_id IS NOT NULL), '[]'), "
    "'photos', coalesce(json_agg(DISTINCT photo_id) FILTER (WHERE photo_id IS NOT NULL), '[]')"
    ")::text FROM numbered GROUP BY chunk"
)

FUNCTION = """
CREATE FUNCTION photofollow_changed_{table}() RETURNS trigger LANGUAGE plpgsql AS $function$
DECLARE
    payload text;
BEGIN
    IF TG_OP = 'INSERT' THEN
        FOR payload IN {inserted} LOOP
            PERFORM pg_notify('{channel}', payload);
        END LOOP;
    ELSIF TG_OP = 'DELETE' THEN
        FOR payload IN {deleted} LOOP
            PERFORM pg_notify('{channel}', payload);
        END LOOP;
    ELSE
        FOR payload IN {updated} LOOP
            PERFORM pg_notify('{channel}', payload);
        END LOOP;
    END IF;
    RETURN NULL;
END
$function$
"""


def _notifications(table: str, touched: str) -> str:
    return NOTIFICATIONS.format(touched=touched, per_notification=ROWS_PER_NOTIFICATION, table=table)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, locate in LOCATE.items():
        new, old = locate.format(rows="new_rows"), locate.format(rows="old_rows")
        op.execute(
            FUNCTION.format(
                table=table,
                inserted=_notifications(table, new),
                deleted=_notifications(table, old),
                updated=_notifications(table, f"{new} UNION ALL {old}"),
                channel=CHANNEL,
            )
        )
        function = f"photofollow_changed_{table}()"
        op.execute(
            f"CREATE TRIGGER photofollow_inserted AFTER INSERT ON {table} REFERENCING NEW TABLE AS new_rows "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {function}"
        )
        op.execute(
            f"CREATE TRIGGER photofollow_updated AFTER UPDATE ON {table} REFERENCING OLD TABLE AS old_rows "
            f"NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION {function}"
        )
        op.execute(
            f"CREATE TRIGGER photofollow_deleted AFTER DELETE ON {table} REFERENCING OLD TABLE AS old_rows "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {function}"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in LOCATE:
        for trigger in ("photofollow_inserted", "photofollow_updated", "photofollow_deleted"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
        op.execute(f"DROP FUNCTION IF EXISTS photofollow_changed_{table}()")
