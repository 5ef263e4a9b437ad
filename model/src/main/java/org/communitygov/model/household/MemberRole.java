package org.communitygov.model.household;

/**
 * A member's relation to the head of the household (与户主关系).
 *
 * @since 0.1.0
 */
public enum MemberRole {
  /** 户主: the head. */
  HEAD,
  /** 配偶: the head's spouse. */
  SPOUSE,
  /** 子女: a child of the head. */
  CHILD,
  /** 儿媳 / 女婿: the spouse of a child of the head. */
  CHILD_IN_LAW,
  /** 父母: a parent of the head. */
  PARENT,
  /** 岳父母 / 公婆: a parent of the head's spouse. */
  PARENT_IN_LAW,
  /** 孙子女 / 外孙子女: a grandchild of the head. */
  GRANDCHILD,
  /** 祖父母 / 外祖父母: a grandparent of the head. */
  GRANDPARENT,
  /** 兄弟姐妹: a sibling of the head. */
  SIBLING,
  /** 其他亲属: another relative. */
  OTHER_RELATIVE,
  /** 非亲属: not related to the head (a lodger, a carer). */
  NON_RELATIVE
}
