package cn.anzuo.permit.onsite.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface GasRepository extends ListCrudRepository<Gas, String> {}
