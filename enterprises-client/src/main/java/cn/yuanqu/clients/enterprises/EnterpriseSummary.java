package cn.yuanqu.clients.enterprises;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An enterprise of a park as other services' lists need it (from enterprises-service's ledger). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EnterpriseSummary(String id, String park, String name, String status, LocalDate settledOn) {
}
