package org.communitygov.api.schema;

import java.util.List;
import org.communitygov.api.exchange.ExchangeVersion;
import org.communitygov.api.exchange.RecordKind;

/**
 * One record kind of exchange 1.0 and its two schemas: the record's and the envelope's.
 *
 * @param record the record schema's name, such as {@code household}
 * @param kind the record kind, which names the envelope schema and the model type
 * @param title the record's title in the schema
 */
record RecordSchema(String record, RecordKind kind, String title) {
  /** The base of every schema identity of exchange 1.0. */
  static final String BASE = RecordKind.SCHEMA_BASE + ExchangeVersion.CURRENT + "/";

  /** The record kinds of exchange 1.0. */
  static final List<RecordSchema> ALL =
      List.of(
          new RecordSchema("community", RecordKind.COMMUNITIES, "Community (社区 / 建制村)"),
          new RecordSchema("household", RecordKind.HOUSEHOLDS, "Household (户)"),
          new RecordSchema("person", RecordKind.PERSONS, "Person (居民 / 村民)"),
          new RecordSchema(
              "service-catalogue-entry", RecordKind.SERVICES, "Service catalogue entry (服务目录条目)"),
          new RecordSchema("provider", RecordKind.PROVIDERS, "Provider (服务供给方)"),
          new RecordSchema(
              "service-request", RecordKind.SERVICE_REQUESTS, "Service request (需求申请)"),
          new RecordSchema("service-order", RecordKind.SERVICE_ORDERS, "Service order (派单 / 转介)"),
          new RecordSchema("delivery", RecordKind.DELIVERIES, "Delivery record (服务记录)"),
          new RecordSchema(
              "satisfaction-feedback",
              RecordKind.SATISFACTION_FEEDBACK,
              "Satisfaction feedback (满意度评价)"),
          new RecordSchema(
              "service-loop-entry", RecordKind.SERVICE_LOOP, "Service loop entry (服务闭环条目)"),
          new RecordSchema("volunteer", RecordKind.VOLUNTEERS, "Volunteer (志愿者)"),
          new RecordSchema(
              "service-record", RecordKind.SERVICE_RECORDS, "Volunteer service record (志愿服务记录)"),
          new RecordSchema(
              "certificate", RecordKind.CERTIFICATES, "Volunteer service certificate (志愿服务证明)"),
          new RecordSchema(
              "points-scheme",
              RecordKind.POINTS_SCHEMES,
              "Points scheme or time bank (积分制 / 时间银行)"),
          new RecordSchema(
              "points-entry", RecordKind.POINTS_TRANSACTIONS, "Points transactions entry (积分流水条目)"),
          new RecordSchema("fund", RecordKind.FUNDS, "Fund (资金)"),
          new RecordSchema("project", RecordKind.PROJECTS, "Community project (社区项目)"),
          new RecordSchema(
              "purchase-contract",
              RecordKind.PURCHASE_CONTRACTS,
              "Purchase-of-service contract (政府购买服务合同)"),
          new RecordSchema(
              "funding-transaction", RecordKind.FUNDING_TRANSACTIONS, "Funding transaction (资金收支)"),
          new RecordSchema("ledger-record", RecordKind.LEDGER, "Ledger record (账户 / 交易)"),
          new RecordSchema("evaluation", RecordKind.EVALUATIONS, "Evaluation (评价情况)"));

  String recordFile() {
    return record + ".schema.json";
  }

  String envelope() {
    return kind.schemaName();
  }

  String envelopeFile() {
    return envelope() + ".schema.json";
  }

  Class<?> type() {
    return kind.recordType();
  }

  String recordId() {
    return BASE + recordFile();
  }

  String envelopeId() {
    return kind.schemaUri(ExchangeVersion.CURRENT).toString();
  }
}
