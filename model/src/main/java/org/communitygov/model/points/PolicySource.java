package org.communitygov.model.points;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.communitygov.model.common.InvalidValueException;
import org.immutables.value.Value;

/**
 * Where a policy term comes from: the document (a local rule, a scheme's own regulations, a
 * council's resolution), the article, the address where it was read, and the confidence of it.
 *
 * <p>Invariant: the document is named (not blank).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePolicySource.class)
@JsonDeserialize(as = ImmutablePolicySource.class)
public abstract class PolicySource {
  PolicySource() {}

  /**
   * Obtains a source.
   *
   * @param document the document's title, not blank, not null
   * @param confidence how sure we are of it, not null
   * @return the source, not null
   * @throws InvalidValueException if the document is blank ({@code policySource.document})
   */
  public static PolicySource of(String document, PolicyConfidence confidence) {
    return ImmutablePolicySource.builder().document(document).confidence(confidence).build();
  }

  /**
   * Returns the document's title, such as 海林市《社区志愿者积分奖励制度（试行）》.
   *
   * @return the title, not null
   */
  public abstract @Size(max = 300) String document();

  /**
   * Returns the article cited, such as 第三条.
   *
   * @return the article, not null
   */
  public abstract Optional<@Size(max = 100) String> article();

  /**
   * Returns the web address where the text was read.
   *
   * @return the address, not null
   */
  public abstract Optional<@Size(max = 500) String> url();

  /**
   * Returns how sure we are of the term and its source.
   *
   * @return the confidence, not null
   */
  public abstract PolicyConfidence confidence();

  /**
   * Returns a copy citing an article.
   *
   * @param article the article, not null
   * @return the source, not null
   */
  public PolicySource withArticle(String article) {
    return ImmutablePolicySource.copyOf(this).withArticle(article);
  }

  @Value.Check
  void check() {
    if (document().isBlank()) {
      throw InvalidValueException.of("policySource", "document", "a source names its document");
    }
  }
}
