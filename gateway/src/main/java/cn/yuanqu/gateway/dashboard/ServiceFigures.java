package cn.yuanqu.gateway.dashboard;

import java.util.List;

/** A service's figures endpoint's answer (from, to, the base period and one entry per park). */
public record ServiceFigures(String from, String to, String baseFrom, String baseTo, List<ParkFigures> parks) {
}
