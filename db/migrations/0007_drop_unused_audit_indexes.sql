-- The audit log's two indexes served no query.
--
-- QueryAudit pages through the log by id (its page token) and filters by
-- library, time and result as it goes; SQLite answers it from the rowid
-- (EXPLAIN QUERY PLAN: "SEARCH audit USING INTEGER PRIMARY KEY"), with
-- either index present or not. Every write appends an audit row, so both
-- indexes cost each write a B-tree insert, audit_library at a page of its
-- library's own.
DROP INDEX audit_at;
DROP INDEX audit_library;
