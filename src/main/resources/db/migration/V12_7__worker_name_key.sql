-- Workers listed in pinyin order by the database, a page at a time (issue 16: nothing filtered or sorted in memory).
-- name_key is the JDK Chinese collator's key of the name (cn.anzuo.shared.ChineseNameOrder); V12_8 fills it for the
-- workers already there, the application for new and renamed ones.
alter table worker add column name_key bytea;
create index worker_company_name_key on worker (company_id, name_key, created_at, id);
