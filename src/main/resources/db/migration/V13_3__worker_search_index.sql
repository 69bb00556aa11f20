-- The worker search (作业人员, ?q=张) of one company reads its page's ids from this index in pinyin order and stops
-- after the page (WorkerRepository.searchPageIdsOfOne): it holds every column the search's conditions name, so H2
-- neither reads the rows nor sorts. Before, it read and sorted every worker of the company for a page of 20.
-- It replaces (company_id, name_key, created_at, id), whose queries its first columns serve.
create index worker_company_search on worker (company_id, name_key, created_at, id, name, id_last4, employer);
drop index worker_company_name_key;
