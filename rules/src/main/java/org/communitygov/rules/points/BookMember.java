package org.communitygov.rules.points;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.communitygov.model.points.MemberId;

/**
 * A member of a book with its history, as the expiry job walks them: in order of id.
 *
 * @param id the member, not null
 * @param history the member's history, not null
 */
record BookMember(MemberId id, MemberHistory history) {
  /**
   * The members in order of id (ids of one type order by value, as {@code Identifier.compareTo}
   * orders them), sorted as one array: no tree of the members is built.
   */
  static List<BookMember> inOrder(Map<MemberId, MemberHistory> members) {
    BookMember[] sorted = new BookMember[members.size()];
    int n = 0;
    for (Map.Entry<MemberId, MemberHistory> e : members.entrySet()) {
      sorted[n++] = new BookMember(e.getKey(), e.getValue());
    }
    Arrays.sort(sorted, (a, b) -> a.id.value().compareTo(b.id.value()));
    return Arrays.asList(sorted);
  }
}
