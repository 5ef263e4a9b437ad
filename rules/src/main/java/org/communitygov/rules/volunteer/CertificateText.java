package org.communitygov.rules.volunteer;

import java.util.Locale;
import org.communitygov.model.volunteer.CertificateIssuer;
import org.communitygov.model.volunteer.CertifiedService;
import org.communitygov.model.volunteer.ServiceCertificate;
import org.communitygov.model.volunteer.VerificationDigest;

/**
 * A service certificate as text, in Chinese or English: the volunteer's name and citizen ID (and
 * the issuer's contact) masked unless revealed.
 *
 * @since 0.1.0
 */
public final class CertificateText {
  private final boolean zh;
  private final boolean reveal;

  private CertificateText(boolean zh, boolean reveal) {
    this.zh = zh;
    this.reveal = reveal;
  }

  /**
   * Returns the text writer of a language, masking identities.
   *
   * @param locale Chinese ({@code zh}) or anything else for English, not null
   * @return the writer, not null
   */
  public static CertificateText of(Locale locale) {
    return new CertificateText(locale.getLanguage().equals("zh"), false);
  }

  /**
   * Returns a writer that shows the name, the citizen ID and the contact unmasked.
   *
   * @return the writer, not null
   */
  public CertificateText revealing() {
    return new CertificateText(zh, true);
  }

  /**
   * Writes a certificate.
   *
   * @param c the certificate, not null
   * @return the text, lines ending in {@code \n}, not null
   */
  public String render(ServiceCertificate c) {
    StringBuilder out = new StringBuilder();
    String name = reveal ? c.volunteerName() : maskName(c.volunteerName());
    String id =
        c.citizenId().map(i -> reveal ? i.unmaskedValue() : i.masked()).orElse(zh ? "无" : "none");
    line(out, zh ? "志愿服务证明 编号 " + c.number() : "Volunteer service certificate No. " + c.number());
    line(
        out,
        zh
            ? "志愿者：" + name + "　居民身份证号码：" + id + "　志愿者编号：" + c.volunteer()
            : "Volunteer: " + name + ", citizen ID " + id + ", volunteer number " + c.volunteer());
    line(
        out,
        zh
            ? "期间：" + c.firstDay() + " 至 " + c.lastDay() + "　服务时长合计：" + hours(c) + " 小时"
            : "Period: " + c.firstDay() + " to " + c.lastDay() + ", total " + hours(c) + " hours");
    for (CertifiedService s : c.services()) {
      line(
          out,
          "  "
              + s.date()
              + "  "
              + s.record()
              + "  "
              + s.activity()
              + "："
              + s.content()
              + "  "
              + s.hours().setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString()
              + (zh ? " 小时" : " h"));
    }
    CertificateIssuer i = c.issuer();
    String contact = reveal ? i.contact().unmaskedValue() : i.contact().masked();
    line(
        out,
        zh
            ? "出具单位："
                + i.name()
                + "　负责人："
                + i.responsiblePerson()
                + "　经办人："
                + i.handler()
                + "　联系电话："
                + contact
            : "Issuer: "
                + i.name()
                + ", responsible person "
                + i.responsiblePerson()
                + ", handler "
                + i.handler()
                + ", contact "
                + contact);
    line(out, (zh ? "出具日期：" : "Issued on: ") + c.issuedOn());
    c.digest().ifPresent(d -> line(out, digest(d)));
    return out.toString();
  }

  private String digest(VerificationDigest d) {
    return zh
        ? "验证：账本 " + d.ledger() + "，" + d.treeSize() + " 条，根哈希 " + d.rootHash() + "，" + d.headTime()
        : "Verify: ledger "
            + d.ledger()
            + ", "
            + d.treeSize()
            + " entries, root "
            + d.rootHash()
            + ", "
            + d.headTime();
  }

  private static String hours(ServiceCertificate c) {
    return c.totalHours().setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
  }

  /** The first character, then one {@code *} per further character: 王秀英 → 王**. */
  static String maskName(String name) {
    int first = name.offsetByCodePoints(0, 1);
    return name.substring(0, first) + "*".repeat(name.codePointCount(first, name.length()));
  }

  private static void line(StringBuilder out, String text) {
    out.append(text).append('\n');
  }
}
