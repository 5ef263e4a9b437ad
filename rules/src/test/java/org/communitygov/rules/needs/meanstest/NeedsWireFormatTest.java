package org.communitygov.rules.needs.meanstest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.Map;
import org.communitygov.model.household.PersonId;
import org.communitygov.model.needs.AssessmentId;
import org.communitygov.model.needs.AssessmentReason;
import org.communitygov.model.needs.Instrument;
import org.communitygov.model.needs.Need;
import org.communitygov.model.needs.NeedCategory;
import org.communitygov.model.needs.NeedPriority;
import org.communitygov.model.needs.NeedsAssessment;
import org.communitygov.model.needs.NeedsProfile;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The wire format of the model's needs types (kept here: the rules tests have the java.time
 * module).
 */
class NeedsWireFormatTest {
  static final JsonMapper JSON =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  @Nested
  class ANeedsAssessment {
    @Test
    void isCamelCaseWithIsoDatesAndEnumCodesAndRoundTrips() throws Exception {
      NeedsAssessment a =
          NeedsAssessment.builder()
              .id(AssessmentId.of("a-1"))
              .person(PersonId.of("p-1"))
              .date(LocalDate.of(2024, 6, 1))
              .instrument(Instrument.MZ_T_039_2013)
              .addAssessor("王芳")
              .addAssessor("李强")
              .reason(AssessmentReason.REVIEW_ON_DISPUTE)
              .itemScores(Map.of("bathing", 5))
              .build();
      String json = JSON.writeValueAsString(a);
      assertThat(json)
          .isEqualTo(
              "{\"id\":\"a-1\",\"person\":\"p-1\",\"date\":\"2024-06-01\",\"instrument\":"
                  + "\"MZ_T_039_2013\",\"assessors\":[\"王芳\",\"李强\"],\"reason\":"
                  + "\"REVIEW_ON_DISPUTE\",\"itemScores\":{\"bathing\":5}}");
      assertThat(JSON.readValue(json, NeedsAssessment.class)).isEqualTo(a);
    }
  }

  @Nested
  class ANeedsProfile {
    @Test
    void roundTrips() throws Exception {
      NeedsProfile p =
          NeedsProfile.builder()
              .person(PersonId.of("p-1"))
              .asOf(LocalDate.of(2024, 6, 1))
              .addNeed(
                  Need.builder()
                      .category(NeedCategory.DAILY_CARE)
                      .priority(NeedPriority.URGENT)
                      .assessment(AssessmentId.of("a-1"))
                      .build())
              .build();
      String json = JSON.writeValueAsString(p);
      assertThat(json).contains("\"category\":\"DAILY_CARE\"").contains("\"asOf\":\"2024-06-01\"");
      assertThat(JSON.readValue(json, NeedsProfile.class)).isEqualTo(p);
    }
  }
}
