package io.computility.server.market.approval;

/** Who approves a step, found from the applicant's organisation tree and the roles. */
public enum ApproverKind {
  /** The leader of the applicant's organisation, else of the nearest parent that has one. */
  ORG_LEADER,
  /** The users holding role tenant-admin in the applicant's tenant. */
  TENANT_ADMIN,
  /** The users holding the built-in role platform-operator. */
  PLATFORM_OPERATOR,
  /** The users the step names. */
  USERS
}
