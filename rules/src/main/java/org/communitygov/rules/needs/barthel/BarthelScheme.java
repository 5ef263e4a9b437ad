package org.communitygov.rules.needs.barthel;

import java.util.List;
import org.communitygov.rules.engine.Citation;
import org.communitygov.rules.engine.Confidence;
import org.communitygov.rules.engine.LegalReference;
import org.communitygov.rules.engine.LocalizedText;

/**
 * A named scheme that interprets a Barthel total: there is no single truth, so the caller picks.
 *
 * @since 0.1.0
 */
public enum BarthelScheme {
  /** MZ/T 039-2013 ADL grades: 0 = 100, 1 = 65–95, 2 = 45–60, 3 = ≤40. CONFIRMED. */
  MZ_T_039_2013(
      cite("老年人能力评估（MZ/T 039-2013）", "Ability assessment for older adults (MZ/T 039-2013)"),
      Confidence.CONFIRMED,
      band(100, "GRADE_0", "日常生活活动0级（能力完好）", "ADL grade 0 (intact)"),
      band(65, "GRADE_1", "日常生活活动1级（轻度受损）", "ADL grade 1 (mildly impaired)"),
      band(45, "GRADE_2", "日常生活活动2级（中度受损）", "ADL grade 2 (moderately impaired)"),
      band(0, "GRADE_3", "日常生活活动3级（重度受损）", "ADL grade 3 (severely impaired)")),
  /**
   * Shah et al. 1989: total 0–20, severe 21–60, moderate 61–90, slight 91–99 dependence,
   * independence 100. Names CONFIRMED, cut-offs UNCONFIRMED.
   */
  SHAH_1989(
      cite("Shah, Vanclay & Cooper 1989, Barthel Index categories", "Shah, Vanclay & Cooper 1989"),
      Confidence.UNCONFIRMED,
      band(100, "INDEPENDENCE", "独立", "independence"),
      band(91, "SLIGHT_DEPENDENCE", "轻微依赖", "slight dependence"),
      band(61, "MODERATE_DEPENDENCE", "中度依赖", "moderate dependence"),
      band(21, "SEVERE_DEPENDENCE", "重度依赖", "severe dependence"),
      band(0, "TOTAL_DEPENDENCE", "完全依赖", "total dependence")),
  /**
   * WS/T 431 护理分级 (hospital nursing levels): 100 none, 61–99 mild, 41–60 moderate, ≤40 severe
   * dependence. UNCONFIRMED.
   */
  WS_T_431(
      cite("护理分级（WS/T 431）", "Nursing care levels (WS/T 431)"),
      Confidence.UNCONFIRMED,
      band(100, "NO_DEPENDENCE", "无需依赖", "no dependence"),
      band(61, "MILD_DEPENDENCE", "轻度依赖", "mild dependence"),
      band(41, "MODERATE_DEPENDENCE", "中度依赖", "moderate dependence"),
      band(0, "SEVERE_DEPENDENCE", "重度依赖", "severe dependence"));

  /** A category of a scheme: the lowest total it starts at, its code and name. */
  record Band(int minTotal, String category, LocalizedText name) {}

  private final LegalReference reference;
  private final Confidence confidence;
  private final List<Band> bands;

  BarthelScheme(LegalReference reference, Confidence confidence, Band... bands) {
    this.reference = reference;
    this.confidence = confidence;
    this.bands = List.of(bands);
  }

  private static LegalReference cite(String zh, String en) {
    return LegalReference.of(LocalizedText.of(zh, en));
  }

  private static Band band(int min, String category, String zh, String en) {
    return new Band(min, category, LocalizedText.of(zh, en));
  }

  /**
   * Returns the source of the scheme and how sure we are of its cut-offs.
   *
   * @return the citation, not null
   */
  public Citation citation() {
    return new Citation(reference, confidence);
  }

  /** Returns the index of the band a total falls in, 0 for the highest band. */
  public int bandIndexOf(int total) {
    return bands.indexOf(bandOf(total));
  }

  /** Returns the band a total falls in; bands are ordered from the highest minimum down. */
  /** The bands, from the highest lowest total down to 0. */
  List<Band> bands() {
    return bands;
  }

  Band bandOf(int total) {
    return bands.stream().filter(b -> total >= b.minTotal()).findFirst().orElseThrow();
  }
}
