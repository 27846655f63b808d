package io.mlgate.engine.validate.policy;

/** The check kinds a policy may list under {@code data.checks}, spelled in lower case in YAML. */
public enum CheckKind {
    ROW_COUNT, COMPLETENESS, UNIQUE, RANGE, ALLOWED_VALUES, PATTERN, LENGTH, ROW_RULE, SQL_ASSERT, FOREIGN_KEY, ANOMALY
}
