-- Indexes for the check-out path.
--
-- Every check-out counts the reader's open loans against the loan limit.
-- Through loan_patron that walked all the reader's loans, returned or not,
-- and read each row; this index holds only the open ones.
CREATE INDEX loan_open_by_patron ON loan(patron_id) WHERE returned_at IS NULL;

-- No query looks items up by library and status, but every check-out and
-- check-in changed the status and so moved the item in item_library: an
-- index page written for nothing. Items by library stay indexed (for the
-- library's foreign key and lists by library).
DROP INDEX item_library;
CREATE INDEX item_library ON item(library_id);
