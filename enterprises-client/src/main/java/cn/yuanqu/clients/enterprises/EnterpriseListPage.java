package cn.yuanqu.clients.enterprises;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A page of enterprises-service's ledger. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EnterpriseListPage(List<EnterpriseSummary> items, long total, int totalPages) {
}
