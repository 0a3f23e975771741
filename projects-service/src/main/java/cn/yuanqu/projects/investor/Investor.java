package cn.yuanqu.projects.investor;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The part of an enterprise record that a project keeps: which park it is in and its name. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Investor(String id, String park, String name) {
}
