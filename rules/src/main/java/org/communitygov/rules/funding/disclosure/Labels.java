package org.communitygov.rules.funding.disclosure;

import org.communitygov.model.funding.Fund;
import org.communitygov.model.funding.SourceKind;
import org.communitygov.model.service.ServiceCategory;

/** The Chinese labels of a disclosure report; an individual's donation is never named. */
final class Labels {
  private Labels() {}

  static String source(SourceKind kind) {
    return switch (kind) {
      case CENTRAL_FINANCE -> "中央财政";
      case LOCAL_FINANCE -> "地方财政";
      case WELFARE_LOTTERY -> "福利彩票公益金";
      case SPORTS_LOTTERY -> "体育彩票公益金";
      case DONATION_ENTERPRISE -> "企业捐赠";
      case DONATION_GROUP -> "社会组织捐赠";
      case DONATION_INDIVIDUAL -> "个人捐赠";
      case DONATION_OVERSEAS -> "境外捐赠";
      case SERVICE_FEES -> "服务收费";
      case SELF_RAISED -> "自筹资金";
      case COLLECTIVE_INCOME -> "集体经济收入";
    };
  }

  static String category(String code) {
    if (code.equals("-")) {
      return "未分类";
    }
    ServiceCategory c = ServiceCategory.of(code);
    return c.label().map(l -> l.zh()).orElse(code);
  }

  static String group(String name) {
    return switch (name) {
      case "ELDERLY" -> "老年人";
      case "VERY_ELDERLY" -> "高龄老人";
      case "LIVING_ALONE" -> "独居老人";
      case "EMPTY_NEST" -> "空巢老人";
      case "CHILD" -> "儿童";
      case "DISABLED" -> "残疾人";
      case "SEVERELY_DISABLED" -> "重度残疾人";
      default -> name;
    };
  }

  /** Whether a fund's name and id are hidden: a person's donation. */
  static boolean masked(Fund fund) {
    return fund.source() == SourceKind.DONATION_INDIVIDUAL;
  }

  static String fundKey(Fund fund) {
    return masked(fund) ? "DONATION_INDIVIDUAL" : fund.id().value();
  }

  static String fundName(Fund fund) {
    return masked(fund) ? "个人捐赠（合计）" : fund.name().zh();
  }
}
