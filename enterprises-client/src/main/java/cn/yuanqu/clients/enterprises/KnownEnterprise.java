package cn.yuanqu.clients.enterprises;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The part of an enterprise record another service keeps: which park it is in and its name. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KnownEnterprise(String id, String park, String name) {
}
