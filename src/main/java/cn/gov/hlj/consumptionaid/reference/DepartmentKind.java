package cn.gov.hlj.consumptionaid.reference;

/** Whether a department runs one of the ten task forces (工作专班) or only appears as a purchaser type. */
public enum DepartmentKind {
    TASK_FORCE, PURCHASER
}
