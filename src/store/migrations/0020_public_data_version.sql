-- A counter of changes to what the public region profile shows (issue 13): regions, indicators,
-- local notes, and observations. The server keeps a region's serialised profile under this number
-- and writes it again only after the number moved, also when another process (a CLI import)
-- made the change. Observations are written only by an import, and every import records a row in
-- `imports`: a trigger on `imports` covers them without a trigger per observation row.
-- SQLite has one writer at a time, so a row trigger bumps the counter. On PostgreSQL the bump is
-- a deferred constraint trigger: it runs at commit, after the transaction's other work, so the
-- counter's row lock is the last lock taken and held only while committing (no lock-order
-- deadlock with the audit trail), and it bumps once per transaction.
CREATE TABLE public_data_version (id INTEGER PRIMARY KEY CHECK (id = 1), n BIGINT NOT NULL);
INSERT INTO public_data_version (id, n) VALUES (1, 0);
-- dialect: sqlite
CREATE TRIGGER public_data_imports AFTER INSERT ON imports
BEGIN
    UPDATE public_data_version SET n = n + 1 WHERE id = 1;
END;
CREATE TRIGGER public_data_regions_insert AFTER INSERT ON regions
BEGIN
    UPDATE public_data_version SET n = n + 1 WHERE id = 1;
END;
CREATE TRIGGER public_data_regions_update AFTER UPDATE ON regions
BEGIN
    UPDATE public_data_version SET n = n + 1 WHERE id = 1;
END;
CREATE TRIGGER public_data_regions_delete AFTER DELETE ON regions
BEGIN
    UPDATE public_data_version SET n = n + 1 WHERE id = 1;
END;
CREATE TRIGGER public_data_indicators_insert AFTER INSERT ON indicators
BEGIN
    UPDATE public_data_version SET n = n + 1 WHERE id = 1;
END;
CREATE TRIGGER public_data_indicators_update AFTER UPDATE ON indicators
BEGIN
    UPDATE public_data_version SET n = n + 1 WHERE id = 1;
END;
CREATE TRIGGER public_data_indicators_delete AFTER DELETE ON indicators
BEGIN
    UPDATE public_data_version SET n = n + 1 WHERE id = 1;
END;
CREATE TRIGGER public_data_notes_insert AFTER INSERT ON indicator_notes
BEGIN
    UPDATE public_data_version SET n = n + 1 WHERE id = 1;
END;
CREATE TRIGGER public_data_notes_update AFTER UPDATE ON indicator_notes
BEGIN
    UPDATE public_data_version SET n = n + 1 WHERE id = 1;
END;
CREATE TRIGGER public_data_notes_delete AFTER DELETE ON indicator_notes
BEGIN
    UPDATE public_data_version SET n = n + 1 WHERE id = 1;
END;
-- dialect: postgresql
CREATE FUNCTION public_data_bump() RETURNS trigger LANGUAGE plpgsql AS $kompas$
BEGIN
    IF current_setting('kompas.public_data_bumped', true) IS DISTINCT FROM 'yes' THEN
        UPDATE public_data_version SET n = n + 1 WHERE id = 1;
        PERFORM set_config('kompas.public_data_bumped', 'yes', true);
    END IF;
    RETURN NULL;
END
$kompas$;
CREATE CONSTRAINT TRIGGER public_data_imports AFTER INSERT ON imports
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public_data_bump();
CREATE CONSTRAINT TRIGGER public_data_regions AFTER INSERT OR UPDATE OR DELETE ON regions
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public_data_bump();
CREATE CONSTRAINT TRIGGER public_data_indicators AFTER INSERT OR UPDATE OR DELETE ON indicators
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public_data_bump();
CREATE CONSTRAINT TRIGGER public_data_notes AFTER INSERT OR UPDATE OR DELETE ON indicator_notes
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public_data_bump();
