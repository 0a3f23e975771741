package cn.yuanqu.demo;

import java.time.LocalDate;

/** An award of a qualification to a demo enterprise (by park and credit code). */
public record DemoQualification(String park, String creditCode, String type, String level, LocalDate awardedOn,
        String title) {
}
