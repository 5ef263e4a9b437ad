package org.communitygov.bench;

/**
 * The household of the household benchmarks and footprint: four people in the style of {@code
 * docs/examples/hepingli-households.json}, with citizen IDs, a mobile and a landline phone, a
 * disability, a change of head (five memberships), an assistance status, two income items and an
 * asset. The citizen IDs and phone numbers are made up; their check characters are valid.
 */
final class FourPersonHousehold {
  /** The household as a JSON document, pretty-printed. */
  static final String JSON =
      """
      {
        "id": "H006",
        "community": "cq-yz-qxg-hpl",
        "address": "和平里2号楼3单元402",
        "building": "B02",
        "grid": "G01",
        "kind": "REGISTERED",
        "members": [
          {"id": "P0020", "name": "陈建国", "citizenId": "500103196807020310",
           "birthDate": "1968-07-02", "sex": "MALE", "hukou": "LOCAL",
           "employment": "UNEMPLOYED", "phone": "19900000002"},
          {"id": "P0021", "name": "刘芳", "citizenId": "500103197011200468",
           "birthDate": "1970-11-20", "sex": "FEMALE", "hukou": "LOCAL",
           "employment": "EMPLOYED", "phone": "023-63851234"},
          {"id": "P0022", "name": "陈浩", "citizenId": "500103199604080157",
           "birthDate": "1996-04-08", "sex": "MALE", "hukou": "LOCAL",
           "disability": {"category": "PHYSICAL", "grade": 2}, "employment": "UNABLE_TO_WORK"},
          {"id": "P0023", "name": "周一诺", "citizenId": "500103201203030423",
           "birthDate": "2012-03-03", "sex": "FEMALE", "hukou": "LOCAL", "employment": "STUDENT"}
        ],
        "memberships": [
          {"person": "P0020", "role": "HEAD",
           "period": {"start": "1994-10-01", "endExclusive": "2026-03-10"}, "leaveReason": "MOVE"},
          {"person": "P0021", "role": "SPOUSE",
           "period": {"start": "1994-10-01", "endExclusive": "2026-03-10"},
           "joinReason": "MARRIAGE", "leaveReason": "HEAD_CHANGE"},
          {"person": "P0021", "role": "HEAD", "period": {"start": "2026-03-10"},
           "joinReason": "HEAD_CHANGE"},
          {"person": "P0022", "role": "CHILD", "period": {"start": "1996-04-08"},
           "joinReason": "BIRTH"},
          {"person": "P0023", "role": "GRANDCHILD", "period": {"start": "2012-03-03"},
           "joinReason": "BIRTH"}
        ],
        "assistance": ["MLG"],
        "income": [
          {"person": "P0021", "type": "WAGES",
           "amount": {"amount": "14400.00", "currency": "CNY"},
           "period": {"start": "2025-11-01", "endExclusive": "2026-11-01"}},
          {"person": "P0022", "type": "SOCIAL_ASSISTANCE",
           "amount": {"amount": "1800.00", "currency": "CNY"},
           "period": {"start": "2025-11-01", "endExclusive": "2026-11-01"}}
        ],
        "assets": [
          {"type": "DEPOSIT", "value": {"amount": "3200.00", "currency": "CNY"},
           "valuedOn": "2026-10-31"}
        ]
      }
      """;

  private FourPersonHousehold() {}
}
