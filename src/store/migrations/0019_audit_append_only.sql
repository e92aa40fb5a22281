-- The audit trail is append-only in the database itself (issue 13): an UPDATE, DELETE (or, on
-- PostgreSQL, TRUNCATE) of audit_log fails. Triggers are written differently on the two
-- databases, so this migration has one section per dialect; the "-- dialect:" lines are read by
-- MigrationSqlFor (store/migrations.hpp). Whoever can drop the triggers can still change the
-- table; the hash chain (`kompas audit verify`) and a head kept elsewhere (`kompas audit head`)
-- detect that.
-- dialect: sqlite
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only: records cannot be changed');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only: records cannot be removed');
END;
-- dialect: postgresql
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $kompas$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % is refused', TG_OP;
END
$kompas$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
